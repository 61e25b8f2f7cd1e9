/**
 * The values a document may hold (what CloudBase's BSON holds for this project): null,
 * booleans, finite numbers, strings, Dates, arrays and plain objects. Anything else is
 * refused on the way in rather than stored in a shape production would not keep.
 */
import { invalid, notSupported } from './errors'

export type Value = null | boolean | number | string | Date | Value[] | DocObject
export interface DocObject {
  [key: string]: Value
}
export interface StoredDoc extends DocObject {
  _id: string
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** Checks a field name as stored: Mongo refuses '$' prefixes; dots would be read as paths. */
export function checkFieldName(key: string, where: string): void {
  if (key === '') invalid(`empty field name in ${where}`)
  if (key === '$tcb_server_date') notSupported(`db.serverDate() (at ${where}): store the function's own now, which the local clock governs`)
  if (key.startsWith('$')) invalid(`field name '${key}' in ${where} may not start with '$'`)
  if (key.includes('.')) invalid(`field name '${key}' in ${where} may not contain '.'`)
}

/**
 * Validates and deep-copies a value coming from a caller. Like the SDK's JSON encoding,
 * `undefined` object fields are dropped and `undefined` array items become null.
 */
export function toStoredValue(v: unknown, where: string): Value {
  return stored(v, [where])
}

/** `path` names where `v` sits, joined only for an error (building it for every field cost more than the copy). */
function stored(v: unknown, path: (string | number)[]): Value {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) invalid(`${path.join('.')}: ${v} cannot be stored`)
    return v
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) invalid(`${path.join('.')}: Invalid Date cannot be stored`)
    return new Date(v.getTime())
  }
  if (Array.isArray(v)) {
    return v.map((item, i) => {
      if (item === undefined) return null
      path.push(i)
      const out = stored(item, path)
      path.pop()
      return out
    })
  }
  if (isPlainObject(v)) {
    const out: DocObject = {}
    for (const key of Object.keys(v)) {
      const item = v[key]
      if (item === undefined) continue
      if (key === '' || key.startsWith('$') || key.includes('.')) checkFieldName(key, path.join('.'))
      path.push(key)
      out[key] = stored(item, path)
      path.pop()
    }
    return out
  }
  const kind = v === undefined ? 'undefined' : typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v
  return notSupported(`storing a value of type ${kind} (at ${path.join('.')})`)
}

/** Deep copy of a stored value (stored values are never handed out or mutated in place). */
export function cloneValue<T extends Value>(v: T): T {
  if (v === null || typeof v !== 'object') return v
  if (v instanceof Date) return new Date(v.getTime()) as T
  if (Array.isArray(v)) return v.map((item) => cloneValue(item)) as T
  const out: DocObject = {}
  for (const key of Object.keys(v)) out[key] = cloneValue((v as DocObject)[key])
  return out as T
}

export function cloneDoc(doc: StoredDoc): StoredDoc {
  return cloneValue(doc as DocObject) as StoredDoc
}

/** Value equality as Mongo sees it for stored data (object key order ignored). */
export function deepEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]))
}

/** Mongo's cross-type sort order: null/missing < numbers < strings < objects < arrays < booleans < dates. */
function typeRank(v: Value | undefined): number {
  if (v === undefined || v === null) return 1
  if (typeof v === 'number') return 2
  if (typeof v === 'string') return 3
  if (v instanceof Date) return 9
  if (Array.isArray(v)) return 5
  if (typeof v === 'boolean') return 8
  return 4
}

export function compareValues(a: Value | undefined, b: Value | undefined): number {
  const ra = typeRank(a)
  const rb = typeRank(b)
  if (ra !== rb) return ra - rb
  switch (ra) {
    case 1:
      return 0
    case 2:
      return (a as number) - (b as number)
    case 3:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
    case 8:
      return Number(a) - Number(b)
    case 9:
      return (a as Date).getTime() - (b as Date).getTime()
    case 5: {
      const xa = a as Value[]
      const xb = b as Value[]
      for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
        const c = compareValues(xa[i], xb[i])
        if (c !== 0) return c
      }
      return xa.length - xb.length
    }
    default: {
      // Embedded documents compare field by field, name first, then value.
      const ea = Object.entries(a as DocObject)
      const eb = Object.entries(b as DocObject)
      for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
        if (ea[i][0] !== eb[i][0]) return ea[i][0] < eb[i][0] ? -1 : 1
        const c = compareValues(ea[i][1], eb[i][1])
        if (c !== 0) return c
      }
      return ea.length - eb.length
    }
  }
}

/** Splits and checks a dotted field path ('a.b.0.c'). */
export function splitPath(path: string, where: string): string[] {
  if (typeof path !== 'string' || path === '') invalid(`${where}: field path must be a non-empty string`)
  const parts = path.split('.')
  for (const p of parts) {
    if (p === '') invalid(`${where}: field path '${path}' has an empty segment`)
    if (p.startsWith('$')) invalid(`${where}: field path '${path}' may not contain '$' segments`)
  }
  return parts
}

const INDEX = /^(0|[1-9][0-9]*)$/

/** Reads a dotted path; numeric segments index arrays. Missing gives undefined. */
export function getPath(doc: Value | undefined, parts: readonly string[]): Value | undefined {
  let cur: Value | undefined = doc
  for (const p of parts) {
    if (cur === null || cur === undefined || typeof cur !== 'object' || cur instanceof Date) return undefined
    if (Array.isArray(cur)) {
      if (!INDEX.test(p)) return undefined
      cur = cur[Number(p)]
    } else {
      cur = Object.prototype.hasOwnProperty.call(cur, p) ? cur[p] : undefined
    }
  }
  return cur
}
