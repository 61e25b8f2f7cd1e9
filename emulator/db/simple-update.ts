/**
 * The everyday updates — `$set`, `$unset`, `$inc`, and `$push` / `$addToSet` of one value —
 * on paths through plain objects, applied directly. mingo's updater builds its whole
 * operator table on every call, which dominated the local cloud's cost of a write; here
 * anything outside this narrow shape (array paths, `$each`, other operators, an
 * `$addToSet` of a non-scalar) returns false before touching the document, and mingo
 * applies it as before. The results are MongoDB's for the shapes taken.
 */
import { cloneValue, isPlainObject, type DocObject, type Value } from './values'

type Spec = Record<string, unknown>

const SIMPLE_OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$addToSet'])
const INDEX = /^\d+$/

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v))

/** Whether `spec` has only the shapes handled here (checked once per request). */
export function isSimpleUpdate(spec: Spec): boolean {
  for (const [op, fields] of Object.entries(spec)) {
    if (!SIMPLE_OPERATORS.has(op) || !isPlainObject(fields)) return false
    for (const [path, operand] of Object.entries(fields)) {
      if (path.split('.').some((part) => INDEX.test(part))) return false
      if (op === '$addToSet' && !isScalar(operand)) return false
      if (op === '$push' && isPlainObject(operand) && Object.keys(operand).some((k) => k.startsWith('$'))) return false
    }
  }
  return true
}

/** The parent object of `path` and its last key; null when the path crosses anything but plain objects. */
function parentOf(doc: DocObject, parts: string[], create: boolean): [Record<string, Value>, string] | null | undefined {
  let cur: Record<string, Value> = doc
  for (const part of parts.slice(0, -1)) {
    const next = cur[part]
    if (next === undefined) {
      if (!create) return undefined
      const made: Record<string, Value> = {}
      cur[part] = made
      cur = made
    } else if (isPlainObject(next)) cur = next as Record<string, Value>
    else return null
  }
  return [cur, parts[parts.length - 1]]
}

/** Whether every target fits (plain-object paths; arrays where one is pushed to): checked before any change. */
function fits(doc: DocObject, spec: Spec): boolean {
  for (const [op, fields] of Object.entries(spec)) {
    for (const path of Object.keys(fields as Spec)) {
      const at = parentOf(doc, path.split('.'), false)
      if (at === null) return false
      const target = at?.[0][at[1]]
      if ((op === '$push' || op === '$addToSet') && target !== undefined && !Array.isArray(target)) return false
    }
  }
  return true
}

/** Applies `spec` to `doc` in place and answers true, or answers false having changed nothing. */
export function applySimpleUpdate(doc: DocObject, spec: Spec): boolean {
  if (!fits(doc, spec)) return false
  for (const [op, fields] of Object.entries(spec)) {
    for (const [path, operand] of Object.entries(fields as Record<string, Value>)) {
      const parts = path.split('.')
      if (op === '$unset') {
        const at = parentOf(doc, parts, false)
        if (at) delete at[0][at[1]]
        continue
      }
      const [parent, key] = parentOf(doc, parts, true) as [Record<string, Value>, string]
      const current = parent[key]
      if (op === '$set') parent[key] = cloneValue(operand)
      else if (op === '$inc') parent[key] = ((current as number | undefined) ?? 0) + (operand as number)
      else if (op === '$push') parent[key] = [...((current as Value[] | undefined) ?? []), cloneValue(operand)]
      else if (!((current as Value[] | undefined) ?? []).includes(operand)) parent[key] = [...((current as Value[] | undefined) ?? []), operand]
    }
  }
  return true
}
