/**
 * Secondary indexes: for each field that leads a declared index (cloudfunctions/indexes.ts),
 * a map from the field's value to the documents holding it — what lets CloudBase answer a
 * query from its index instead of reading the collection.
 *
 * A query whose filter pins such a field by equality or `$in` of plain values (strings,
 * numbers, booleans, Dates) reads only the documents under those values; the full filter,
 * sort, skip and limit then run on them exactly as on a scan, in natural order, so the
 * answer is the scan's (field-index.test.ts compares them). The index is a superset:
 * a path through arrays collects every element (MongoDB's multikey rule, and more), and a
 * Date files under its time, beside the number of the same value. Anything else — ranges,
 * null, regular expressions, whole objects — reads the collection as before.
 */
import { isPlainObject, type StoredDoc, type Value } from './values'

type Key = string | number | boolean

const INDEX_SEGMENT = /^(0|[1-9][0-9]*)$/

/** A plain value's key; undefined for what the index does not hold (null, objects, arrays, RegExps). */
function keyOf(v: unknown): Key | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return v.getTime()
  return undefined
}

/** Every plain value a path reaches, through arrays at any depth (by element and by position). */
function collect(v: Value | undefined, parts: readonly string[], i: number, out: Set<Key>) {
  if (v === undefined || v === null) return
  if (Array.isArray(v)) {
    for (const x of v) collect(x, parts, i, out)
    if (i < parts.length && INDEX_SEGMENT.test(parts[i])) collect(v[Number(parts[i])], parts, i + 1, out)
    return
  }
  if (i === parts.length) {
    const key = keyOf(v)
    if (key !== undefined) out.add(key)
    return
  }
  if (isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, parts[i])) collect(v[parts[i]], parts, i + 1, out)
}

export class FieldIndex {
  private readonly parts: string[]
  /** value → the one id holding it, or the set of them */
  private readonly buckets = new Map<Key, string | Set<string>>()

  constructor(readonly path: string) {
    this.parts = path.split('.')
  }

  private keys(doc: StoredDoc): Set<Key> {
    const out = new Set<Key>()
    collect(doc, this.parts, 0, out)
    return out
  }

  add(id: string, doc: StoredDoc) {
    for (const key of this.keys(doc)) {
      const bucket = this.buckets.get(key)
      if (bucket === undefined) this.buckets.set(key, id)
      else if (typeof bucket !== 'string') bucket.add(id)
      else if (bucket !== id) this.buckets.set(key, new Set([bucket, id]))
    }
  }

  remove(id: string, doc: StoredDoc) {
    for (const key of this.keys(doc)) {
      const bucket = this.buckets.get(key)
      if (bucket === id) this.buckets.delete(key)
      else if (typeof bucket === 'object') {
        bucket.delete(id)
        if (bucket.size === 0) this.buckets.delete(key)
      }
    }
  }

  /** How many ids the values file (an upper bound when a document holds several of them). */
  count(keys: readonly Key[]): number {
    let n = 0
    for (const key of keys) {
      const bucket = this.buckets.get(key)
      n += bucket === undefined ? 0 : typeof bucket === 'string' ? 1 : bucket.size
    }
    return n
  }

  ids(keys: readonly Key[], into: Set<string>) {
    for (const key of keys) {
      const bucket = this.buckets.get(key)
      if (typeof bucket === 'string') into.add(bucket)
      else if (bucket) for (const id of bucket) into.add(id)
    }
  }
}

/**
 * The fields a filter pins to plain values (equality, `$eq`, `$in`), at the top level and
 * in `$and` branches: each is a necessary condition, so any one of them may pick the
 * candidates. `$in: []` pins to nothing (matches no document).
 */
export function pinnedFields(criteria: unknown, out = new Map<string, Key[]>()): Map<string, Key[]> {
  if (!isPlainObject(criteria)) return out
  for (const [path, value] of Object.entries(criteria)) {
    if (path === '$and' && Array.isArray(value)) for (const branch of value) pinnedFields(branch, out)
    if (path.startsWith('$') || out.has(path)) continue
    const keys = pinnedKeys(value)
    if (keys) out.set(path, keys)
  }
  return out
}

function pinnedKeys(value: unknown): Key[] | undefined {
  const plain = keyOf(value)
  if (plain !== undefined) return [plain]
  if (!isPlainObject(value)) return undefined
  if ('$eq' in value) return pinnedKeys(value.$eq)
  if (!Array.isArray(value.$in)) return undefined
  const keys = value.$in.map(keyOf)
  return keys.every((k) => k !== undefined) ? (keys as Key[]) : undefined
}

/**
 * The documents a filter can match, in natural order, read through the most selective
 * index it pins and narrowed by the other fields it pins; undefined when none applies (or the index would find most of the
 * collection anyway), and the caller reads every document.
 */
export function indexedCandidates(
  docs: ReadonlyMap<string, StoredDoc>,
  positions: ReadonlyMap<string, number>,
  fields: ReadonlyMap<string, FieldIndex>,
  pinned: ReadonlyMap<string, Key[]>,
): StoredDoc[] | undefined {
  let best: { path: string; index: FieldIndex | null; keys: Key[]; count: number } | undefined
  for (const [path, keys] of pinned) {
    const index = path === '_id' ? null : fields.get(path)
    if (index === undefined) continue
    const count = index ? index.count(keys) : keys.length
    if (!best || count < best.count) best = { path, index, keys, count }
  }
  if (!best || best.count > docs.size / 2) return undefined
  const ids = new Set<string>()
  if (best.index) best.index.ids(best.keys, ids)
  else for (const key of best.keys) if (typeof key === 'string' && docs.has(key)) ids.add(key)
  // the other pinned fields narrow further before the full filter (an index intersection)
  const others = [...pinned].filter(([path]) => path !== best.path).map(([path, keys]) => ({ parts: path.split('.'), keys: new Set(keys) }))
  const found: StoredDoc[] = []
  for (const id of ids) {
    const doc = docs.get(id)!
    if (others.every((o) => holdsAny(doc, o.parts, o.keys))) found.push(doc)
  }
  if (found.length > 1) found.sort((a, b) => positions.get(a._id)! - positions.get(b._id)!)
  return found
}

/** Whether a path reaches one of the values (the index's superset rule, so a match is never left out). */
function holdsAny(doc: StoredDoc, parts: readonly string[], keys: ReadonlySet<Key>): boolean {
  const held = new Set<Key>()
  collect(doc, parts, 0, held)
  for (const key of held) if (keys.has(key)) return true
  return false
}
