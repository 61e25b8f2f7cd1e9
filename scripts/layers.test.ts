/**
 * The layers' rules, checked on every import: no cycle; domain/ stands alone; the
 * functions and the mini-program never import each other (nor the local cloud); only the
 * functions' handlers and src/api read the assembled contract; a feature never imports
 * the function that runs it; write paths, helpers and other actions never import an action.
 */
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cycles, importsOf, registeredModules, sourceFiles } from './import-graph'

const root = path.resolve(__dirname, '..')
const edges = importsOf(root, sourceFiles(root, ['domain', 'cloudfunctions', 'src']))

/** Tests and their helpers may reach the local cloud and the functions' handlers. */
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || /^testing[-.]/.test(path.posix.basename(file))
const product = edges.filter((e) => !isTest(e.from))
const under = (folder: string) => (file: string | null) => file !== null && file.startsWith(`${folder}/`)
const shown = (list: { from: string; specifier: string }[]) => list.map((e) => `${e.from} → ${e.specifier}`)

const FUNCTION_FOLDERS = ['resident', 'staff', 'scheduler'].map((f) => `cloudfunctions/${f}`)
const inFunctionFolder = (file: string | null) => FUNCTION_FOLDERS.some((f) => under(f)(file))
/** A feature's folder, or the kernel: cloudfunctions/<folder>/…, not a function's own. */
const inFeatureFolder = (file: string) => /^cloudfunctions\/[^/]+\//.test(file) && !inFunctionFolder(file)
const HANDLERS = FUNCTION_FOLDERS.map((f) => `${f}/handler.ts`)
/** An action: a file whose functions a handler registers in its action map (the scheduler has none: it runs its jobs in turn). */
const ACTIONS: ReadonlySet<string | null> = new Set(HANDLERS.flatMap((h) => registeredModules(root, h)))
const CONTRACT_READERS = [
  ...HANDLERS,
  'domain/contract.test.ts',
  'cloudfunctions/kernel/dispatch.test.ts',
  // probes every staff action the contract names
  'cloudfunctions/discipline/isolation.test.ts',
]
/** What domain/ may not use: it runs unchanged in the functions, the pages and the tests. */
const NOT_FOR_DOMAIN = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier) || /^(@tarojs|react|wx-server-sdk)(\/|$)/.test(specifier)

describe('the layers', () => {
  it('have no import cycle', () => {
    expect(cycles(edges)).toEqual([])
  })

  it('domain/ imports only domain/ and plain packages', () => {
    const out = edges.filter((e) => e.from.startsWith('domain/') && (e.to === null ? NOT_FOR_DOMAIN(e.specifier) : !under('domain')(e.to)))
    expect(shown(out)).toEqual([])
  })

  it('the functions import neither the mini-program nor the local cloud', () => {
    const out = product.filter((e) => e.from.startsWith('cloudfunctions/') && (under('src')(e.to) || under('emulator')(e.to)))
    expect(shown(out)).toEqual([])
  })

  it('the mini-program imports neither the functions nor the local cloud', () => {
    const out = edges.filter((e) => e.from.startsWith('src/') && (under('cloudfunctions')(e.to) || under('emulator')(e.to)))
    expect(shown(out)).toEqual([])
  })

  it('only the handlers and src/api import domain/contract.ts', () => {
    const out = edges.filter((e) => e.to === 'domain/contract.ts' && !CONTRACT_READERS.includes(e.from) && !under('src/api')(e.from))
    expect(shown(out)).toEqual([])
  })

  it('no feature imports a function folder (resident, staff, scheduler)', () => {
    const out = product.filter((e) => inFeatureFolder(e.from) && inFunctionFolder(e.to))
    expect(shown(out)).toEqual([])
  })

  it('a write path or helper never imports an action (actions import them)', () => {
    expect(ACTIONS.size).toBeGreaterThan(20)
    const out = product.filter((e) => e.from.startsWith('cloudfunctions/') && !HANDLERS.includes(e.from) && !ACTIONS.has(e.from) && ACTIONS.has(e.to))
    expect(shown(out)).toEqual([])
  })

  it('an action never imports another action: what two share is a helper named for what it does', () => {
    const out = product.filter((e) => ACTIONS.has(e.from) && e.to !== e.from && ACTIONS.has(e.to))
    expect(shown(out)).toEqual([])
  })
})

describe('the cycle finder', () => {
  // the rules above pass only if this can fail
  it('finds a cycle, round about or on one file, and nothing in a tree', () => {
    const e = (from: string, to: string) => ({ from, to })
    expect(cycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')])).toEqual([['a', 'b', 'c']])
    expect(cycles([e('a', 'a')])).toEqual([['a']])
    expect(cycles([e('a', 'b'), e('a', 'c'), e('b', 'c')])).toEqual([])
  })
})
