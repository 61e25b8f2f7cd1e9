/**
 * The parts of a query that shape its result: orderBy, field (projection).
 */
import { invalid, notSupported } from './errors'
import { cloneValue, compareValues, getPath, isPlainObject, splitPath, type DocObject, type StoredDoc, type Value } from './values'

export interface OrderKey {
  path: string
  parts: string[]
  direction: 1 | -1
}

/** Sorts below everything, like an empty array in a Mongo sort. */
const EMPTY_ARRAY = Symbol('empty array')

/** Mongo sorts an array field by its smallest element ascending, its largest descending. */
function sortValue(v: Value | undefined, direction: 1 | -1): Value | undefined | typeof EMPTY_ARRAY {
  if (!Array.isArray(v)) return v
  if (v.length === 0) return EMPTY_ARRAY
  return v.reduce((best, x) => (direction * compareValues(x, best) < 0 ? x : best))
}

function compareSortValues(a: Value | undefined | typeof EMPTY_ARRAY, b: Value | undefined | typeof EMPTY_ARRAY): number {
  if (a === EMPTY_ARRAY || b === EMPTY_ARRAY) return a === b ? 0 : a === EMPTY_ARRAY ? -1 : 1
  return compareValues(a, b)
}

export function compareByOrder(orders: readonly OrderKey[]): (a: StoredDoc, b: StoredDoc) => number {
  return (a, b) => {
    for (const { parts, direction } of orders) {
      const c = compareSortValues(sortValue(getPath(a, parts), direction), sortValue(getPath(b, parts), direction))
      if (c !== 0) return direction * c
    }
    return 0
  }
}

export function orderKey(path: string, order: string): OrderKey {
  const parts = splitPath(path, 'orderBy()')
  if (order !== 'asc' && order !== 'desc') invalid(`orderBy(): order must be 'asc' or 'desc', got '${String(order)}'`)
  return { path, parts, direction: order === 'desc' ? -1 : 1 }
}

export interface Projection {
  mode: 'include' | 'exclude'
  paths: string[][]
  /** In include mode, whether _id is kept (it is unless excluded explicitly). */
  keepId: boolean
}

/** `field({ a: true, b: false })`, as the SDK reads it (true/1 include, false/0 exclude). */
export function compileProjection(spec: unknown): Projection | null {
  if (!isPlainObject(spec)) invalid('field() needs an object such as { name: true }')
  let keepId = true
  const include: string[][] = []
  const exclude: string[][] = []
  for (const [path, flag] of Object.entries(spec)) {
    let on: boolean
    if (typeof flag === 'boolean') on = flag
    else if (typeof flag === 'number') on = flag > 0
    else return notSupported(`field() value for '${path}' other than true/false (projection operators)`)
    if (path === '_id') {
      keepId = on
      continue
    }
    ;(on ? include : exclude).push(splitPath(path, 'field()'))
  }
  if (include.length > 0 && exclude.length > 0) invalid('field() cannot mix included and excluded fields (except _id)')
  if (include.length > 0) return { mode: 'include', paths: include, keepId }
  if (exclude.length > 0 || !keepId) return { mode: 'exclude', paths: keepId ? exclude : [...exclude, ['_id']], keepId }
  return null
}

/**
 * What the projection lets through, to be serialised at once: without a projection the
 * stored document itself (serialising only reads it), else a new document.
 */
export function project(doc: StoredDoc, p: Projection | null): DocObject {
  if (!p) return doc
  if (p.mode === 'exclude') {
    const out = cloneValue(doc as DocObject)
    for (const parts of p.paths) removePath(out, parts)
    return out
  }
  const out: DocObject = {}
  if (p.keepId) out._id = doc._id
  for (const parts of p.paths) copyPath(doc, out, parts)
  return out
}

function copyPath(src: DocObject, dst: DocObject, parts: string[]) {
  const [head, ...rest] = parts
  if (!Object.prototype.hasOwnProperty.call(src, head)) return
  const v = src[head]
  if (rest.length === 0) {
    dst[head] = cloneValue(v)
    return
  }
  if (Array.isArray(v)) notSupported(`field() on a path through an array ('${parts.join('.')}')`)
  if (!isPlainObject(v)) return
  const sub = isPlainObject(dst[head]) ? (dst[head] as DocObject) : (dst[head] = {})
  copyPath(v as DocObject, sub, rest)
}

function removePath(obj: DocObject, parts: string[]) {
  const [head, ...rest] = parts
  if (!Object.prototype.hasOwnProperty.call(obj, head)) return
  if (rest.length === 0) {
    delete obj[head]
    return
  }
  const v = obj[head]
  if (Array.isArray(v)) notSupported(`field() on a path through an array ('${parts.join('.')}')`)
  if (isPlainObject(v)) removePath(v as DocObject, rest)
}
