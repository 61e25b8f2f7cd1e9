/**
 * The project's own import graph, read from the source with the TypeScript compiler's
 * pre-processor (type-only imports count: a cycle in types is still a cycle for a reader).
 * scripts/layers.test.ts checks the layers' rules against it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface ImportEdge {
  /** repository-relative path, `/` separated */
  from: string
  /** as written in the source */
  specifier: string
  /** the repository file it resolves to; null for a package (or node's own modules) */
  to: string | null
}

const EXTENSIONS = ['.ts', '.tsx', '.json', '/index.ts', '/index.tsx']

/** Every .ts and .tsx file under `folders`, repository-relative. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue
      const rel = `${dir}/${name}`
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel)
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(rel)
    }
  }
  for (const folder of folders) walk(folder)
  return out.sort()
}

function resolve(root: string, from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier)
  else if (specifier.startsWith('@/')) base = `src/${specifier.slice(2)}`
  else return null
  if (existsSync(path.join(root, base)) && statSync(path.join(root, base)).isFile()) return base
  for (const ext of EXTENSIONS) if (existsSync(path.join(root, base + ext))) return base + ext
  // a relative import that names no file: kept, so the rules see where it points
  return base
}

/** The imports (and re-exports) of each file. */
export function importsOf(root: string, files: string[]): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const from of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, from), 'utf8'), true, true)
    for (const { fileName: specifier } of info.importedFiles) edges.push({ from, specifier, to: resolve(root, from, specifier) })
  }
  return edges
}

/** The groups of files that import each other, directly or round about (Tarjan's components). */
export function cycles(edges: { from: string; to: string | null }[]): string[][] {
  const next = new Map<string, string[]>()
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, [])
    if (to) next.get(from)!.push(to)
  }
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      group.push(w)
    } while (w !== v)
    if (group.length > 1 || (next.get(v) ?? []).includes(v)) found.push(group.sort())
  }
  for (const v of next.keys()) if (!index.has(v)) visit(v)
  return found
}

/**
 * The files a function's handler dispatches to: those whose imported functions it
 * registers in its action map (`'item.get': getItem`, or `me` written short).
 */
export function registeredModules(root: string, handler: string): string[] {
  const source = ts.createSourceFile(handler, readFileSync(path.join(root, handler), 'utf8'), ts.ScriptTarget.Latest, true)
  const moduleOf = new Map<string, string>()
  const used = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const to = resolve(root, handler, node.moduleSpecifier.text)
      const named = node.importClause?.namedBindings
      if (to && named && ts.isNamedImports(named)) for (const el of named.elements) moduleOf.set(el.name.text, to)
    }
    if (ts.isShorthandPropertyAssignment(node)) used.add(node.name.text)
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.initializer)) used.add(node.initializer.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...new Set([...used].flatMap((name) => moduleOf.get(name) ?? []))].sort()
}
