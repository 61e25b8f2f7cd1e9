/**
 * CloudBase `update({ data })`: turns the data into field updates and applies them.
 *
 * CloudBase's reading of update data: a nested plain object is merged field by field
 * (`{ a: { b: 1 } }` sets `a.b` only and keeps the rest of `a`); a dotted key is a path;
 * `_.set(obj)` replaces a field whole; other commands (`_.inc`, `_.push`…) act on their
 * field. Two updates on overlapping paths are refused, as Mongo does.
 */
import { Query } from 'mingo'
import { LogicCommand, QueryCommand, UpdateCommand, type PushModifiers, type UpdateOp } from './commands'
import { invalid, notSupported, requestFailed } from './errors'
import { toCriteria } from './query-compiler'
import {
  cloneDoc,
  cloneValue,
  compareValues,
  deepEqual,
  getPath,
  isPlainObject,
  splitPath,
  toStoredValue,
  type DocObject,
  type StoredDoc,
  type Value,
} from './values'

type ElementMatcher = (element: Value) => boolean
type SortSpec = 1 | -1 | Array<[string[], 1 | -1]>

type FieldUpdate =
  | { op: 'set'; value: Value }
  | { op: 'remove' }
  | { op: 'pop' }
  | { op: 'shift' }
  | { op: 'inc' | 'mul'; by: number }
  | { op: 'min' | 'max'; value: Value }
  | { op: 'push'; values: Value[]; position?: number; slice?: number; sort?: SortSpec }
  | { op: 'addToSet'; values: Value[] }
  | { op: 'pull'; matches: ElementMatcher }
  | { op: 'pullAll'; values: Value[] }

export interface CompiledUpdate {
  readonly fields: ReadonlyArray<{ path: string; parts: string[]; update: FieldUpdate }>
}

/** Checks `data` and turns it into field updates; throws before anything is written. */
export function compileUpdate(data: unknown): CompiledUpdate {
  if (!isPlainObject(data)) invalid('update data must be a non-empty object')
  if (Object.prototype.hasOwnProperty.call(data, '_id')) invalid('update data may not change _id (不能更新_id的值)')
  const fields: Array<{ path: string; parts: string[]; update: FieldUpdate }> = []
  collect(data, '', fields)
  if (fields.length === 0) invalid('update data must be a non-empty object')
  checkNoOverlap(fields.map((f) => f.path))
  return { fields }
}

function collect(data: Record<string, unknown>, prefix: string, out: Array<{ path: string; parts: string[]; update: FieldUpdate }>) {
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    const path = prefix ? `${prefix}.${key}` : key
    const parts = splitPath(path, 'update()')
    if (value instanceof UpdateCommand) {
      out.push({ path, parts, update: compileCommand(value, path) })
    } else if (value instanceof QueryCommand || value instanceof LogicCommand) {
      invalid(`update(): '${path}' holds a query command; use update commands such as _.set or _.inc`)
    } else if (isPlainObject(value) && Object.keys(value).length > 0) {
      collect(value, path, out)
    } else {
      out.push({ path, parts, update: { op: 'set', value: toStoredValue(value, path) } })
    }
  }
}

function checkNoOverlap(paths: string[]) {
  const sorted = [...paths].sort()
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]
    const cur = sorted[i]
    if (cur === prev || cur.startsWith(`${prev}.`)) {
      requestFailed(`Updating the path '${cur}' would create a conflict at '${prev}'`)
    }
  }
}

function compileCommand(cmd: UpdateCommand, path: string): FieldUpdate {
  const v = cmd.operand
  const op: UpdateOp = cmd.op
  switch (op) {
    case 'set':
      if (v === undefined) invalid(`_.set() on '${path}' needs a value (use _.remove() to delete a field)`)
      return { op: 'set', value: toStoredValue(v, path) }
    case 'remove':
    case 'pop':
    case 'shift':
      return { op }
    case 'inc':
    case 'mul':
      if (typeof v !== 'number' || !Number.isFinite(v)) invalid(`_.${op}() on '${path}' needs a number`)
      return { op, by: v }
    case 'min':
    case 'max':
      return { op, value: toStoredValue(v, path) }
    case 'push':
      return compilePush(v as { values?: unknown[]; modifiers?: PushModifiers }, path)
    case 'unshift':
      return { op: 'push', values: storedList(v, path, 'unshift'), position: 0 }
    case 'addToSet':
      return compileAddToSet(v, path)
    case 'pull':
      return { op: 'pull', matches: elementMatcher(v, path) }
    case 'pullAll':
      return { op: 'pullAll', values: storedList(v, path, 'pullAll') }
  }
}

function storedList(v: unknown, path: string, name: string): Value[] {
  if (!Array.isArray(v)) invalid(`_.${name}() on '${path}' needs an array`)
  return v.map((item, i) => toStoredValue(item, `${path}.${i}`))
}

function compilePush(arg: { values?: unknown[]; modifiers?: PushModifiers }, path: string): FieldUpdate {
  if (arg.values) return { op: 'push', values: storedList(arg.values, path, 'push') }
  const m = arg.modifiers as PushModifiers
  for (const key of Object.keys(m)) {
    if (!['each', 'position', 'slice', 'sort'].includes(key)) notSupported(`_.push() option '${key}'`)
  }
  const values = storedList(m.each, path, 'push({ each })')
  const out: FieldUpdate = { op: 'push', values }
  if (m.position !== undefined) {
    if (!Number.isInteger(m.position)) invalid(`_.push() on '${path}': position must be an integer`)
    out.position = m.position as number
  }
  if (m.slice !== undefined) {
    if (!Number.isInteger(m.slice)) invalid(`_.push() on '${path}': slice must be an integer`)
    out.slice = m.slice as number
  }
  if (m.sort !== undefined) out.sort = sortSpec(m.sort, path)
  return out
}

function sortSpec(sort: unknown, path: string): SortSpec {
  if (sort === 1 || sort === -1) return sort
  if (isPlainObject(sort) && Object.keys(sort).length > 0) {
    return Object.entries(sort).map(([field, dir]) => {
      if (dir !== 1 && dir !== -1) invalid(`_.push() on '${path}': sort directions must be 1 or -1`)
      return [splitPath(field, '_.push() sort'), dir] as [string[], 1 | -1]
    })
  }
  return invalid(`_.push() on '${path}': sort must be 1, -1 or { field: 1 | -1 }`)
}

function compileAddToSet(v: unknown, path: string): FieldUpdate {
  if (isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, '$each')) {
    if (Object.keys(v).length !== 1) invalid(`_.addToSet() on '${path}': { $each } takes no other options`)
    return { op: 'addToSet', values: storedList(v.$each, path, 'addToSet({ $each })') }
  }
  if (isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, 'each')) {
    // The SDK passes { each: [...] } through unchanged, so CloudBase would add that object itself.
    notSupported(`_.addToSet({ each }) on '${path}' (CloudBase adds the object as one element; write { $each: [...] })`)
  }
  if (v === undefined) invalid(`_.addToSet() on '${path}' needs a value`)
  return { op: 'addToSet', values: [toStoredValue(v, path)] }
}

/** `_.pull(x)`: a command or condition object is matched per element; anything else by equality. */
function elementMatcher(v: unknown, path: string): ElementMatcher {
  if (v instanceof QueryCommand || v instanceof LogicCommand) {
    const query = new Query(toCriteria({ v }, ''))
    return (element) => query.test({ v: element })
  }
  if (isPlainObject(v)) {
    const query = new Query(toCriteria(v, ''))
    return (element) => isPlainObject(element) && query.test(element)
  }
  if (v === undefined) invalid(`_.pull() on '${path}' needs a value or a condition`)
  const value = toStoredValue(v, path)
  return (element) => deepEqual(element, value)
}

/** Returns an updated copy of `doc`; `doc` itself is left untouched. */
export function applyUpdate(doc: StoredDoc, compiled: CompiledUpdate): StoredDoc {
  const out = cloneDoc(doc)
  for (const { path, parts, update } of compiled.fields) applyField(out, path, parts, update)
  return out
}

const INDEX = /^(0|[1-9][0-9]*)$/

type Container = DocObject | Value[]

function isContainer(v: Value | undefined): v is Container {
  return typeof v === 'object' && v !== null && !(v instanceof Date)
}

function readChild(c: Container, key: string): Value | undefined {
  if (Array.isArray(c)) return INDEX.test(key) ? c[Number(key)] : undefined
  return Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined
}

function writeChild(c: Container, key: string, path: string, value: Value) {
  if (Array.isArray(c)) {
    if (!INDEX.test(key)) requestFailed(`cannot create field '${key}' in an array (at '${path}')`)
    const i = Number(key)
    while (c.length < i) c.push(null)
    c[i] = value
  } else {
    c[key] = value
  }
}

/** The container holding the last path segment, created on the way when `create`. */
function parentOf(doc: StoredDoc, parts: string[], path: string, create: boolean): Container | null {
  let cur: Container = doc
  for (let i = 0; i < parts.length - 1; i++) {
    const next = readChild(cur, parts[i])
    if (next === undefined) {
      if (!create) return null
      const made: DocObject = {}
      writeChild(cur, parts[i], path, made)
      cur = made
    } else if (isContainer(next)) {
      cur = next
    } else {
      if (!create) return null
      return requestFailed(`Cannot create field '${parts[i + 1]}' in element {${parts[i]}: ${describe(next)}} (at '${path}')`)
    }
  }
  return cur
}

function describe(v: Value): string {
  return v instanceof Date ? v.toISOString() : JSON.stringify(v)
}

function applyField(doc: StoredDoc, path: string, parts: string[], u: FieldUpdate) {
  const key = parts[parts.length - 1]
  if (u.op === 'remove' || u.op === 'pop' || u.op === 'shift' || u.op === 'pull' || u.op === 'pullAll') {
    const parent = parentOf(doc, parts, path, false)
    if (!parent) return
    const current = readChild(parent, key)
    if (current === undefined) return
    if (u.op === 'remove') {
      // Mongo's $unset leaves null in an array slot rather than shifting the rest.
      if (Array.isArray(parent)) parent[Number(key)] = null
      else delete parent[key]
      return
    }
    if (!Array.isArray(current)) requestFailed(`cannot apply _.${u.op}() to the non-array field '${path}'`)
    if (u.op === 'pop') current.pop()
    else if (u.op === 'shift') current.shift()
    else if (u.op === 'pull') writeChild(parent, key, path, current.filter((el) => !u.matches(el)))
    else {
      const drop = u.values
      writeChild(parent, key, path, current.filter((el) => !drop.some((x) => deepEqual(el, x))))
    }
    return
  }

  const parent = parentOf(doc, parts, path, true) as Container
  const current = readChild(parent, key)
  switch (u.op) {
    case 'set':
      return writeChild(parent, key, path, cloneValue(u.value))
    case 'inc':
    case 'mul': {
      if (current !== undefined && typeof current !== 'number') {
        requestFailed(`Cannot apply _.${u.op}() to the non-numeric field '${path}'`)
      }
      const base = current ?? 0
      return writeChild(parent, key, path, u.op === 'inc' ? base + u.by : current === undefined ? 0 : base * u.by)
    }
    case 'min':
    case 'max': {
      const c = current === undefined ? 0 : compareValues(u.value, current)
      if (current === undefined || (u.op === 'min' ? c < 0 : c > 0)) writeChild(parent, key, path, cloneValue(u.value))
      return
    }
    case 'push':
    case 'addToSet': {
      if (current !== undefined && !Array.isArray(current)) requestFailed(`cannot apply _.${u.op}() to the non-array field '${path}'`)
      const arr: Value[] = current === undefined ? [] : current
      if (u.op === 'addToSet') {
        for (const v of u.values) if (!arr.some((x) => deepEqual(x, v))) arr.push(cloneValue(v))
      } else {
        const items = u.values.map((v) => cloneValue(v))
        const at = u.position === undefined ? arr.length : u.position < 0 ? Math.max(0, arr.length + u.position) : Math.min(u.position, arr.length)
        arr.splice(at, 0, ...items)
        if (u.sort !== undefined) arr.sort(sorter(u.sort))
        if (u.slice !== undefined) {
          const kept = u.slice >= 0 ? arr.slice(0, u.slice) : arr.slice(Math.max(0, arr.length + u.slice))
          arr.length = 0
          arr.push(...kept)
        }
      }
      return writeChild(parent, key, path, arr)
    }
  }
}

function sorter(spec: SortSpec): (a: Value, b: Value) => number {
  if (spec === 1 || spec === -1) return (a, b) => spec * compareValues(a, b)
  return (a, b) => {
    for (const [parts, dir] of spec) {
      const c = compareValues(getPath(a, parts), getPath(b, parts))
      if (c !== 0) return dir * c
    }
    return 0
  }
}
