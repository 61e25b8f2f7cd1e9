/**
 * What CloudBase's database service does with the MongoDB-shaped requests its client
 * sends: EJSON on the wire, filters, update operators, replacement documents, sorting and
 * projection. Matching and update operators are mingo's (MongoDB's own rules: arrays
 * match by element, null matches missing, comparisons stay within a type); the checks
 * MongoDB makes before it writes (no `_id` change, no overlapping paths, `$inc` on
 * numbers only, no `$`-prefixed field names) are made here, before anything is written.
 */
import { Query } from 'mingo'
import { update as applyModifier } from 'mingo/updater'
import { invalid, notSupported, requestFailed } from './errors'
import { compareByOrder, compileProjection, orderKey, type OrderKey, type Projection } from './query-shape'
import { applySimpleUpdate, isSimpleUpdate } from './simple-update'
import { cloneDoc, isPlainObject, toStoredValue, type DocObject, type StoredDoc } from './values'

export { fromWire, toWire } from './wire'

export type Criteria = Record<string, unknown>

export interface Filter {
  test(doc: StoredDoc): boolean
  /** Set when the filter pins `_id` to one value, so the caller can skip the scan. */
  readonly idEquals?: string
  readonly matchesAll: boolean
}

const REFUSED_QUERY_OPERATORS = new Set(['$where', '$function', '$accumulator'])

export function compileFilter(criteria: unknown): Filter {
  if (!isPlainObject(criteria)) return invalid('the query must be an object')
  checkOperators(criteria)
  let query: Query
  try {
    query = new Query(criteria)
  } catch (err) {
    const message = (err as Error).message
    if (/unknown|not supported|unrecognized/i.test(message)) return notSupported(`the query ${message}`)
    return invalid(`query: ${message}`)
  }
  const quick = equalityChecks(criteria)
  const id = criteria._id
  return {
    test: (doc) => quick.every((check) => check(doc)) && query.test(doc),
    idEquals: typeof id === 'string' ? id : undefined,
    matchesAll: Object.keys(criteria).length === 0,
  }
}

function checkOperators(v: unknown) {
  if (Array.isArray(v)) return v.forEach(checkOperators)
  if (!isPlainObject(v)) return
  for (const [k, x] of Object.entries(v)) {
    if (REFUSED_QUERY_OPERATORS.has(k)) invalid(`the query operator ${k} is not allowed`)
    checkOperators(x)
  }
}

type QuickCheck = (doc: StoredDoc) => boolean

/**
 * Cheap necessary conditions for top-level equality on scalars (`{ ownerOpenid: 'x' }`),
 * checked before mingo so most non-matching documents are skipped quickly. Where an
 * array is met the check steps aside and leaves the answer to mingo.
 */
function equalityChecks(criteria: Criteria): QuickCheck[] {
  const checks: QuickCheck[] = []
  for (const [path, raw] of Object.entries(criteria)) {
    if (path.startsWith('$')) continue
    const value = isPlainObject(raw) && Object.keys(raw).length === 1 && '$eq' in raw ? raw.$eq : raw
    if (typeof value !== 'string' && typeof value !== 'boolean' && typeof value !== 'number') continue
    const parts = path.split('.')
    checks.push((doc) => {
      let cur: unknown = doc
      for (const part of parts) {
        if (Array.isArray(cur)) return true
        if (typeof cur !== 'object' || cur === null || cur instanceof Date) return false
        cur = (cur as Record<string, unknown>)[part]
      }
      return cur === value || Array.isArray(cur)
    })
  }
  return checks
}

/** `{ field: 1 | -1, … }` as the client sends orderBy. */
export function compileOrder(spec: unknown): ((a: StoredDoc, b: StoredDoc) => number) | null {
  if (spec === undefined) return null
  if (!isPlainObject(spec)) return invalid('order must be an object')
  const keys: OrderKey[] = Object.entries(spec).map(([path, dir]) => orderKey(path, dir === -1 ? 'desc' : dir === 1 ? 'asc' : String(dir)))
  return keys.length ? compareByOrder(keys) : null
}

export function compileFields(spec: unknown): Projection | null {
  return spec === undefined ? null : compileProjection(spec)
}

/** A whole new document for `set`: plain fields only. */
export function replacement(id: string, data: unknown): StoredDoc {
  if (!isPlainObject(data)) return invalid('the document must be an object')
  if (Object.prototype.hasOwnProperty.call(data, '_id') && data._id !== id) invalid('the _id of a document cannot be changed')
  const fields = toStoredValue(data, 'data') as DocObject
  return { ...fields, _id: id }
}

const UPDATE_OPERATORS = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$push', '$pull', '$pullAll', '$addToSet', '$pop', '$rename'])
const NUMERIC_OPERATORS = new Set(['$inc', '$mul'])

/** Checks an update (`{ $set: …, $inc: … }`) once, before it touches any document. */
export function compileUpdate(spec: unknown): (doc: StoredDoc) => StoredDoc {
  if (!isPlainObject(spec) || Object.keys(spec).length === 0) return invalid('the update must be a non-empty object')
  const paths: string[] = []
  for (const [op, fields] of Object.entries(spec)) {
    if (!UPDATE_OPERATORS.has(op)) {
      if (!op.startsWith('$')) return invalid(`an update must use operators such as $set; got the field '${op}'`)
      return notSupported(`the update operator ${op}`)
    }
    if (!isPlainObject(fields) || Object.keys(fields).length === 0) return invalid(`${op} needs a non-empty object`)
    for (const [path, operand] of Object.entries(fields)) {
      if (path === '_id' || path.startsWith('_id.')) invalid('the _id of a document cannot be changed (不能更新_id的值)')
      if (path.split('.').some((part) => part === '' || part.startsWith('$'))) invalid(`invalid field path '${path}' in ${op}`)
      if (NUMERIC_OPERATORS.has(op) && typeof operand !== 'number') invalid(`${op} needs a number for '${path}'`)
      paths.push(path)
    }
  }
  checkNoOverlap(paths)
  const simple = isSimpleUpdate(spec)
  return (doc) => {
    for (const op of NUMERIC_OPERATORS) {
      for (const path of Object.keys((spec[op] as Criteria | undefined) ?? {})) {
        const current = readPath(doc, path)
        if (current !== undefined && typeof current !== 'number') {
          requestFailed(`Cannot apply ${op} to a value of non-numeric type (field '${path}' of document ${doc._id})`)
        }
      }
    }
    const next = cloneDoc(doc)
    try {
      if (!simple || !applySimpleUpdate(next, spec)) applyModifier(next, spec, undefined, undefined, { cloneMode: 'deep' })
    } catch (err) {
      requestFailed(`update: ${(err as Error).message}`)
    }
    return { ...(toStoredValue(next, 'update') as DocObject), _id: doc._id }
  }
}

function readPath(doc: DocObject, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = (cur as Record<string, unknown>)[part]
  }
  return cur
}

function checkNoOverlap(paths: string[]) {
  const sorted = [...paths].sort()
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]
    const cur = sorted[i]
    if (cur === prev || cur.startsWith(`${prev}.`)) requestFailed(`Updating the path '${cur}' would create a conflict at '${prev}'`)
  }
}
