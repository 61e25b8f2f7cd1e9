/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts) with esbuild into
 * dist/cloudfunctions/<name>/ with its package.json and config.json: the folder
 * project.config.json names as cloudfunctionRoot, ready to upload from WeChat DevTools
 * or with the CloudBase CLI. wx-server-sdk stays external: CloudBase installs it from
 * the function's package.json.
 */
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const sourceRoot = path.join(root, 'cloudfunctions')
export const functionsOutDir = path.join(root, 'dist', 'cloudfunctions')

export function functionNames(): string[] {
  return readdirSync(sourceRoot).filter((name) => existsSync(path.join(sourceRoot, name, 'index.ts')))
}

export async function buildFunctions(outDir = functionsOutDir): Promise<{ name: string; bytes: number }[]> {
  rmSync(outDir, { recursive: true, force: true })
  const built: { name: string; bytes: number }[] = []
  for (const name of functionNames()) {
    const out = path.join(outDir, name)
    mkdirSync(out, { recursive: true })
    await build({
      entryPoints: [path.join(sourceRoot, name, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      platform: 'node',
      // CloudBase's Node.js 16 runtime is the oldest still offered.
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
    })
    for (const file of ['package.json', 'config.json']) {
      copyFileSync(path.join(sourceRoot, name, file), path.join(out, file))
    }
    built.push({ name, bytes: statSync(path.join(out, 'index.js')).size })
  }
  return built
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  buildFunctions().then(
    (built) => {
      for (const { name, bytes } of built) console.log(`云函数 ${name}: ${(bytes / 1024).toFixed(1)} KB → dist/cloudfunctions/${name}/`)
    },
    (err) => {
      console.error(err)
      process.exit(1)
    },
  )
}
