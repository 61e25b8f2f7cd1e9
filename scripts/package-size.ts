/** Sizes of the weapp build as WeChat counts them: the main package and each subpackage. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const WEAPP_DIR = path.resolve(__dirname, '..', 'dist', 'weapp')
/** WeChat's limit for the main package and for each subpackage. */
export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024

export interface WeappSizes {
  main: number
  subpackages: Record<string, number>
  /** Each page's own files (its .js/.wxml/.wxss/.json), by page path. */
  pages: Record<string, number>
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

export function measureWeapp(dir = WEAPP_DIR): WeappSizes {
  if (!existsSync(path.join(dir, 'app.json'))) throw new Error(`no weapp build in ${dir}: run npm run build:weapp`)
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
    subpackages?: { root: string; pages: string[] }[]
  }
  const subs = app.subPackages ?? app.subpackages ?? []
  const sizes: WeappSizes = { main: 0, subpackages: {}, pages: {} }
  for (const s of subs) sizes.subpackages[s.root] = 0
  const allPages = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))]
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/')
    const bytes = statSync(file).size
    const sub = subs.find((s) => rel.startsWith(s.root.replace(/\/?$/, '/')))
    if (sub) sizes.subpackages[sub.root] += bytes
    else sizes.main += bytes
    const page = allPages.find((p) => rel.replace(/\.[a-z]+$/, '') === p)
    if (page) sizes.pages[page] = (sizes.pages[page] ?? 0) + bytes
  }
  return sizes
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
