/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts) with esbuild into
 * dist/cloudfunctions/<name>/ with its package.json and config.json: the folder
 * project.config.json names as cloudfunctionRoot, ready to upload from WeChat DevTools
 * or with the CloudBase CLI. wx-server-sdk stays external: CloudBase installs it from
 * the function's package.json. The build fails when a bundle's 云调用 and its config.json's
 * grants differ (scripts/openapi-grants.ts).
 */
import { build, type BuildOptions } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { FunctionConfig } from '../cloudfunctions/kernel/openapi-calls'
import { grantProblems } from './openapi-grants'

const root = path.resolve(__dirname, '..')
const sourceRoot = path.join(root, 'cloudfunctions')
export const functionsOutDir = path.join(root, 'dist', 'cloudfunctions')

export function functionNames(): string[] {
  return readdirSync(sourceRoot).filter((name) => existsSync(path.join(sourceRoot, name, 'index.ts')))
}

function bundleOptions(name: string): BuildOptions {
  return {
    entryPoints: [path.join(sourceRoot, name, 'index.ts')],
    bundle: true,
    platform: 'node',
    // CloudBase's Node.js 16 runtime is the oldest still offered.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  }
}

/** One function's bundle as text, written nowhere. */
export async function bundleText(name: string): Promise<string> {
  const result = await build({ ...bundleOptions(name), write: false, outfile: 'index.js' })
  return result.outputFiles[0].text
}

export function readConfig(name: string): FunctionConfig {
  return JSON.parse(readFileSync(path.join(sourceRoot, name, 'config.json'), 'utf8')) as FunctionConfig
}

export async function buildFunctions(outDir = functionsOutDir): Promise<{ name: string; bytes: number }[]> {
  rmSync(outDir, { recursive: true, force: true })
  const built: { name: string; bytes: number }[] = []
  const problems: string[] = []
  for (const name of functionNames()) {
    const out = path.join(outDir, name)
    mkdirSync(out, { recursive: true })
    await build({ ...bundleOptions(name), outfile: path.join(out, 'index.js') })
    for (const file of ['package.json', 'config.json']) {
      copyFileSync(path.join(sourceRoot, name, file), path.join(out, file))
    }
    problems.push(...grantProblems(name, readFileSync(path.join(out, 'index.js'), 'utf8'), readConfig(name)))
    built.push({ name, bytes: statSync(path.join(out, 'index.js')).size })
  }
  if (problems.length) throw new Error(`云调用权限与代码不一致：\n${problems.join('\n')}`)
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
