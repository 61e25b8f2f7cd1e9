/**
 * Which declared index serves a query — so that in tests every query the functions make
 * is one the deployed database answers from an index, not by reading the collection.
 *
 * The rule ("served"):
 * - a query pinning `_id` (equality or $in) is served by the primary key;
 * - otherwise an index serves it when the query narrows the index's leading key by
 *   equality, `$in` or a range (`$gt/$gte/$lt/$lte`); further conditions only filter
 *   what the index finds. `$and` branches add up; each `$or` branch must be served;
 * - a query narrowing nothing, sorted by an index's leading key, walks that index.
 * Anything else reads the whole collection: allowed only when an entry of the scan
 * allow-list (SCANS in cloudfunctions/indexes.ts) names the collection and exactly the
 * fields the query narrows, and the collection holds no more documents than its bound.
 */
import type { IndexDeclaration, ScanAllowance } from '../../cloudfunctions/indexes'
import { requestFailed } from './errors'
import { isPlainObject } from './values'

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte'])
const EQUALITY = new Set(['$eq', '$in'])

export interface QueryShape {
  /** fields narrowed by equality, $in or a range: an index on them can be used */
  narrowed: Set<string>
  /** every field the query names */
  named: Set<string>
  /** each $or: the shapes of its branches */
  or: QueryShape[][]
}

/** The fields a query narrows, read from the filter the client sends. */
export function shapeOf(criteria: unknown, prefix = '', shape: QueryShape = { narrowed: new Set(), named: new Set(), or: [] }): QueryShape {
  if (!isPlainObject(criteria)) return shape
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' && Array.isArray(value)) for (const branch of value) shapeOf(branch, prefix, shape)
    else if (key === '$or' && Array.isArray(value)) shape.or.push(value.map((branch) => shapeOf(branch, prefix)))
    else if (key.startsWith('$')) continue // $nor and the like narrow nothing
    else {
      const path = prefix + key
      const ops = isPlainObject(value) ? Object.keys(value) : []
      if (ops.length > 0 && ops.every((op) => !op.startsWith('$'))) {
        shapeOf(value, `${path}.`, shape) // a nested object: { assignee: { openid } }
        continue
      }
      shape.named.add(path)
      const usable = ops.length === 0 || ops.some((op) => RANGE.has(op) || EQUALITY.has(op))
      if (usable) shape.narrowed.add(path)
    }
  }
  return shape
}

function servedBy(shape: QueryShape, order: string[], indexes: readonly IndexDeclaration[]): boolean {
  if (shape.or.length > 0 && shape.or.every((branches) => branches.every((b) => servedBy(mergeShape(shape, b), order, indexes)))) return true
  if (shape.narrowed.has('_id')) return true
  return indexes.some((index) => {
    const leading = Object.keys(index.keys)[0]
    if (shape.narrowed.has(leading)) return true
    return shape.named.size === 0 && shape.or.length === 0 && order[0] === leading
  })
}

function mergeShape(outer: QueryShape, branch: QueryShape): QueryShape {
  return {
    narrowed: new Set([...outer.narrowed, ...branch.narrowed]),
    named: new Set([...outer.named, ...branch.named]),
    or: branch.or,
  }
}

function fieldsOf(shape: QueryShape): string[] {
  const all = new Set(shape.named)
  for (const branches of shape.or) for (const b of branches) for (const f of fieldsOf(b)) all.add(f)
  return [...all].sort()
}

export class IndexCheck {
  constructor(
    private readonly indexes: readonly IndexDeclaration[],
    private readonly scans: readonly ScanAllowance[],
  ) {}

  /** Fails a query that no declared index serves and no allowed scan covers. */
  check(collection: string, criteria: unknown, order: string[], size: number) {
    const shape = shapeOf(criteria)
    const own = this.indexes.filter((i) => i.collection === collection)
    if (servedBy(shape, order, own)) return
    const fields = fieldsOf(shape)
    const allowed = this.scans.find((s) => s.collection === collection && sameFields(s.fields, fields))
    const what = `${collection} where [${fields.join(', ')}]${order.length ? ` orderBy [${order.join(', ')}]` : ''}`
    if (!allowed) {
      requestFailed(
        `no declared index serves the query ${what}: declare one in cloudfunctions/indexes.ts, or allow the scan in SCANS there with its reason and bound`,
      )
    }
    if (size > allowed.maxDocs) {
      requestFailed(`the allowed scan '${allowed.name}' (${what}) met ${size} documents, more than its bound of ${allowed.maxDocs}`)
    }
  }
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((f, i) => f === b[i])
}
