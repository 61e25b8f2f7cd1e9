/**
 * Turns a CloudBase `where()` condition into a MongoDB filter and matches documents with
 * mingo (Mongo's own matching rules: arrays match by element, null matches missing,
 * comparisons stay within a type, dates compare as dates).
 *
 * CloudBase's reading of a condition, which differs from a raw Mongo filter:
 * - a nested plain object is flattened: `{ a: { b: 1 } }` means `a.b == 1`, not "a is
 *   exactly { b: 1 }" (write `{ a: _.eq({ b: 1 }) }` for that);
 * - a command under a field applies to that field, and `_.gt(1).and(_.lt(5))` combines
 *   conditions on the same field;
 * - a logic command at the top (`_.or([{…}, {…}])`) combines whole conditions.
 * Unlike the SDK (which silently drops them, widening the query), an `undefined` value
 * is refused.
 */
import { Query } from 'mingo'
import { LogicCommand, QueryCommand, UpdateCommand } from './commands'
import { invalid, notSupported } from './errors'
import { checkFieldName, isPlainObject, splitPath, type StoredDoc } from './values'

type Criteria = Record<string, unknown>

export interface CompiledCondition {
  /** The Mongo filter, for error messages and debugging. */
  readonly criteria: Criteria
  test(doc: StoredDoc): boolean
  /** Set when the condition pins `_id` to one value, so the caller can skip the scan. */
  readonly idEquals?: string
  /** True for `where({})`, which multi-document update and remove refuse. */
  readonly matchesAll: boolean
}

export function compileCondition(condition: unknown): CompiledCondition {
  if (!(condition instanceof LogicCommand) && !isPlainObject(condition)) {
    if (condition instanceof QueryCommand) invalid('where(): a comparison command needs a field, e.g. where({ age: _.gt(1) })')
    invalid('where(): the condition must be an object or a logic command')
  }
  const criteria = toCriteria(condition, '')
  let query: Query
  try {
    query = new Query(criteria)
  } catch (err) {
    invalid(`where(): ${(err as Error).message}`)
  }
  const id = isPlainObject(condition) ? condition._id : undefined
  const quickChecks = isPlainObject(condition) ? equalityChecks(condition) : []
  return {
    criteria,
    test: (doc) => quickChecks.every((check) => check(doc)) && query.test(doc),
    idEquals: typeof id === 'string' ? id : undefined,
    matchesAll: Object.keys(criteria).length === 0,
  }
}

type QuickCheck = (doc: StoredDoc) => boolean

/**
 * Cheap necessary conditions for top-level equality on scalars (`{ ownerOpenid: 'x' }`),
 * checked before mingo so most non-matching documents are skipped quickly. Where an
 * array is met the check steps aside and leaves the answer to mingo.
 */
function equalityChecks(condition: Record<string, unknown>, prefix = ''): QuickCheck[] {
  const checks: QuickCheck[] = []
  for (const [key, value] of Object.entries(condition)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (isPlainObject(value)) {
      checks.push(...equalityChecks(value, path))
      continue
    }
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

/**
 * A condition applied to array elements (`_.pull({ … })`, `_.elemMatch({ … })`):
 * the same rules as where().
 */
export function toCriteria(condition: unknown, prefix: string): Criteria {
  if (condition instanceof LogicCommand || condition instanceof QueryCommand) return commandToCriteria(condition, prefix || null)
  if (!isPlainObject(condition)) return invalid(`where(): expected a condition object at '${prefix}'`)
  const clauses: Criteria[] = []
  for (const [key, value] of Object.entries(condition)) {
    const path = prefix ? `${prefix}.${key}` : key
    splitPath(path, 'where()')
    if (value === undefined) invalid(`where(): the value of '${path}' is undefined`)
    if (value instanceof QueryCommand || value instanceof LogicCommand) {
      clauses.push(commandToCriteria(value, path))
    } else if (value instanceof UpdateCommand) {
      invalid(`where(): '${path}' holds an update command (_.${value.op}); use it in update()`)
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0) {
        // The SDK flattens an empty object to nothing, silently matching everything.
        notSupported(`where() with an empty object at '${path}' (use _.eq({}) for an exact match)`)
      }
      clauses.push(toCriteria(value, path))
    } else if (value instanceof RegExp) {
      clauses.push({ [path]: { $regex: value } })
    } else {
      clauses.push({ [path]: { $eq: operandValue(value, path) } })
    }
  }
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses }
}

function commandToCriteria(cmd: QueryCommand | LogicCommand, field: string | null): Criteria {
  if (cmd instanceof LogicCommand) {
    if (cmd.operands.length === 0) invalid(`where(): _.${cmd.op}() needs at least one condition`)
    const parts = cmd.operands.map((operand) => {
      if (operand instanceof QueryCommand || operand instanceof LogicCommand) return commandToCriteria(operand, field)
      if (field !== null) {
        return notSupported(`a plain object inside _.${cmd.op}() under the field '${field}' (use commands there)`)
      }
      return toCriteria(operand, '')
    })
    return { [`$${cmd.op}`]: parts }
  }
  if (field === null) return invalid(`where(): _.${cmd.op}() needs a field, e.g. where({ field: _.${cmd.op}(…) })`)
  return { [field]: queryOperator(cmd, field) }
}

function queryOperator(cmd: QueryCommand, field: string): Criteria {
  const v = cmd.operand
  switch (cmd.op) {
    case 'eq':
      return { $eq: operandValue(v, field) }
    case 'neq':
      return { $ne: operandValue(v, field) }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { [`$${cmd.op}`]: operandValue(v, field) }
    case 'in':
    case 'nin':
    case 'all':
      if (!Array.isArray(v)) invalid(`where(): _.${cmd.op}() on '${field}' needs an array`)
      return { [`$${cmd.op}`]: v.map((item) => operandValue(item, field)) }
    case 'exists':
      if (typeof v !== 'boolean') invalid(`where(): _.exists() on '${field}' needs true or false`)
      return { $exists: v }
    case 'mod': {
      const [divisor, remainder] = v as unknown[]
      if (typeof divisor !== 'number' || typeof remainder !== 'number' || divisor === 0) {
        invalid(`where(): _.mod() on '${field}' needs a non-zero divisor and a remainder`)
      }
      return { $mod: [divisor, remainder] }
    }
    case 'size':
      if (!Number.isInteger(v) || (v as number) < 0) invalid(`where(): _.size() on '${field}' needs a non-negative integer`)
      return { $size: v }
    case 'elemMatch':
      if (!isPlainObject(v)) return notSupported(`_.elemMatch() with anything but a condition object (on '${field}')`)
      return { $elemMatch: toCriteria(v, '') }
  }
}

/** A value compared against stored data: what could be stored, plus RegExp for equality. */
function operandValue(v: unknown, field: string): unknown {
  if (v === undefined) return invalid(`where(): a value compared with '${field}' is undefined`)
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') {
    if (Number.isNaN(v)) invalid(`where(): NaN compared with '${field}'`)
    return v
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) invalid(`where(): Invalid Date compared with '${field}'`)
    return v
  }
  if (v instanceof RegExp) return v
  if (Array.isArray(v)) return v.map((item) => operandValue(item, field))
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(v)) {
      if (item === undefined) continue
      checkFieldName(key, `where() value of '${field}'`)
      out[key] = operandValue(item, field)
    }
    return out
  }
  if (v instanceof QueryCommand || v instanceof LogicCommand || v instanceof UpdateCommand) {
    return invalid(`where(): a command cannot be used as a value (at '${field}')`)
  }
  return notSupported(`comparing '${field}' with a value of type ${typeof v === 'object' ? v.constructor?.name : typeof v}`)
}
