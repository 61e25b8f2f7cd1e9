/**
 * EJSON on the wire, as CloudBase's client sends it and reads it back. Most requests are
 * plain JSON apart from numbers and Dates in EJSON's wrappers: those are read here without
 * bson's per-value reviver (several times the cost of JSON.parse). Anything else of EJSON
 * takes bson's own path, so the result is bson's either way (wire.test.ts). Answers are
 * written by bson (a replacer function costs JSON.stringify more than bson's own walk).
 */
import { invalid, notSupported } from './errors'
import { BSONRegExp, EJSON } from './sdk'
import { isPlainObject, type DocObject } from './values'

/** Reads an EJSON text from the wire into plain values (Dates, RegExps, numbers). */
export function fromWire(text: unknown, what: string): unknown {
  if (typeof text !== 'string') return invalid(`${what} must be an EJSON string`)
  const quick = plainJson(text, what)
  if (quick !== NEEDS_EJSON) return quick
  let parsed: unknown
  try {
    parsed = EJSON.parse(text, { relaxed: true })
  } catch (err) {
    return invalid(`${what} is not valid EJSON (${(err as Error).message})`)
  }
  return plain(parsed, what)
}

/** Keys that make an object an EJSON type wrapper (bson's own list), or a legacy form of one. */
const EJSON_KEYS = new Set([
  '$oid', '$binary', '$uuid', '$symbol', '$numberInt', '$numberDecimal', '$numberDouble', '$numberLong', '$minKey', '$maxKey',
  '$regex', '$regularExpression', '$timestamp', '$date', '$code', '$ref', '$dbPointer', '$undefined',
])
const NEEDS_EJSON = Symbol('needs EJSON')

/**
 * Most requests are plain JSON apart from Dates: parsed without bson's per-value reviver,
 * which costs several times JSON.parse. Anything else of EJSON (or a key bson refuses)
 * answers NEEDS_EJSON and takes bson's own path, so the result is the same either way.
 */
function plainJson(text: string, what: string): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return NEEDS_EJSON
  }
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v
    if (Array.isArray(v)) return v.map(walk)
    const keys = Object.keys(v)
    if (keys.length === 1 && EJSON_KEYS.has(keys[0])) return wrapped(keys[0], (v as Record<string, unknown>)[keys[0]], walk)
    const out: Record<string, unknown> = {}
    for (const k of keys) {
      if (EJSON_KEYS.has(k) || k.includes('\u0000')) throw NEEDS_EJSON
      out[k] = walk((v as Record<string, unknown>)[k])
    }
    return out
  }
  try {
    return walk(parsed)
  } catch (err) {
    if (err === NEEDS_EJSON) return NEEDS_EJSON
    return invalid(`${what} is not valid EJSON (${(err as Error).message})`)
  }
}

/**
 * The wrappers the client sends every day, as bson's relaxed parse reads them: numbers
 * (`$numberInt`, `$numberDouble`, `$numberLong` of up to 15 digits) and Dates; others throw
 * NEEDS_EJSON.
 */
function wrapped(key: string, inner: unknown, walk: (v: unknown) => unknown): unknown {
  if (typeof inner === 'string') {
    if (key === '$numberInt') return parseInt(inner, 10)
    if (key === '$numberDouble') return parseFloat(inner)
    if (key === '$numberLong' && /^-?\d{1,15}$/.test(inner)) return Number(inner)
  }
  if (key === '$date') {
    const at = walk(inner)
    if (typeof at === 'string') return new Date(Date.parse(at))
    if (typeof at === 'number') return new Date(at)
  }
  throw NEEDS_EJSON
}

function plain(v: unknown, what: string): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v
  if (v instanceof BSONRegExp) return new RegExp(v.pattern, v.options.replace(/[^imsu]/g, ''))
  if (Array.isArray(v)) return v.map((x) => plain(x, what))
  if (!isPlainObject(v)) return notSupported(`the BSON type ${(v as { _bsontype?: string })._bsontype ?? v.constructor?.name} in ${what}`)
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(v)) out[k] = plain(x, what)
  return out
}

export function toWire(doc: DocObject): string {
  return EJSON.stringify(doc, { relaxed: true })
}
