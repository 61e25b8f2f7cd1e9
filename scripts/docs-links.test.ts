/**
 * The map stays true: every relative link and every backticked repo path (`domain/…/x.ts`)
 * in the repo's Markdown — README.md, ARCHITECTURE.md, each folder's README — names
 * something inside the repository that exists. Paths written as patterns
 * (`domain/<feature>/policy.ts`) and build output are not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '..')

/** Made by builds and runs, never committed: named in the docs, absent from a fresh checkout. */
const GENERATED = ['dist', '.data', '.temp', '.swc', '.cache', 'node_modules', 'e2e/artifacts']

/**
 * Files the docs name before they land (announced in ARCHITECTURE.md as being added).
 * Take a line out once its file is in the tree.
 */
const COMING = ['domain/policy/defaults.ts']

const isGenerated = (rel: string) => GENERATED.some((g) => rel === g || rel.startsWith(`${g}/`))

interface Named {
  kind: 'link' | 'path'
  text: string
}

/** Links and backticked paths in a Markdown text, fenced code blocks left out. */
export function namedIn(markdown: string): Named[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '')
  const named: Named[] = []
  for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue // a web address, an anchor
    named.push({ kind: 'link', text: target.replace(/#.*$/, '') })
  }
  for (const m of prose.matchAll(/`([^`\n]+)`/g)) {
    const token = m[1]
    // a path has a slash and nothing but path characters: no spaces, no <placeholder>, no *
    if (!token.includes('/') || !/^[A-Za-z0-9_.][A-Za-z0-9_.\-/]*$/.test(token)) continue
    named.push({ kind: 'path', text: token })
  }
  return named
}

/**
 * What `doc` (a path from the repo root) names that is not there. A link is read from the
 * document's folder, as Markdown does; a backticked path from the repo root or from the
 * document's folder. A backticked word with a slash but no file ending whose first part is
 * nothing in the repo (`zod/mini`) is a package, not a path.
 */
export function brokenIn(doc: string, markdown: string, exists: (rel: string) => boolean = (rel) => existsSync(path.join(root, rel))): string[] {
  const dir = path.posix.dirname(doc)
  const inside = (rel: string) => rel !== '..' && !rel.startsWith('../') && !path.posix.isAbsolute(rel)
  const ok = (rel: string) => inside(rel) && (isGenerated(rel) || COMING.includes(rel) || exists(rel.replace(/\/$/, '') || '.'))
  const broken: string[] = []
  for (const n of namedIn(markdown)) {
    const fromDoc = path.posix.normalize(path.posix.join(dir, n.text))
    if (n.kind === 'link') {
      if (!ok(fromDoc)) broken.push(n.text)
      continue
    }
    const fromRoot = path.posix.normalize(n.text)
    const first = fromRoot.split('/')[0]
    const looksLikeFile = /\.[A-Za-z0-9]{1,5}\/?$/.test(n.text)
    const repoThing = first === '..' || first === '.' || isGenerated(first) || exists(first) || exists(path.posix.join(dir, first))
    if (!looksLikeFile && !repoThing) continue
    if (!ok(fromRoot) && !ok(fromDoc)) broken.push(n.text)
  }
  return broken
}

/** Every Markdown file of the repo, by its path from the root. */
function markdownFiles(dir = ''): string[] {
  const found: string[] = []
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name
    if (e.name.startsWith('.') || isGenerated(rel)) continue
    if (e.isDirectory()) found.push(...markdownFiles(rel))
    else if (e.isFile() && e.name.endsWith('.md')) found.push(rel)
  }
  return found
}

describe('the docs name only what is in the repo', () => {
  it('finds a missing file, a path out of the repo and a stale path, and passes patterns, packages and build output', () => {
    const there = new Set(['domain', 'domain/matters', 'domain/matters/deadlines.ts', 'src', 'README.md'])
    const md = [
      '期限见 `domain/matters/deadlines.ts`，编号见 `domain/matters/numbering.ts`。',
      '设计见 [DESIGN](../shared/DESIGN.md)，另见 `../shared/DESIGN.md`；[说明](README.md)，[网站](https://example.com)。',
      '名额在 `booking/booking-change.ts`；权限在 `domain/<feature>/policy.ts`；默认值在 `domain/policy/defaults.ts`。',
      '用 `zod/mini`，构建到 `dist/weapp/`，截图在 `e2e/artifacts/`。',
      '```\nsrc/missing.ts `src/also-missing.ts`\n```',
    ].join('\n')
    expect(brokenIn('README.md', md, (rel) => there.has(rel))).toEqual([
      '../shared/DESIGN.md',
      'domain/matters/numbering.ts',
      '../shared/DESIGN.md',
      'booking/booking-change.ts',
    ])
  })

  const docs = markdownFiles()

  it('checks the root README, ARCHITECTURE.md and the README of every top folder', () => {
    const folders = ['domain', 'cloudfunctions', 'src', 'emulator', 'emulator/db', 'e2e', 'weapp', 'bench', 'scripts', 'deploy']
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'ARCHITECTURE.md', ...folders.map((f) => `${f}/README.md`)]))
  })

  it.each(docs)('%s', (doc) => {
    expect(brokenIn(doc, readFileSync(path.join(root, doc), 'utf8'))).toEqual([])
  })
})
