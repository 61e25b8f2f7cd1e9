/** The direct path for everyday updates gives what mingo (MongoDB's rules) gives, or steps aside. */
import fc from 'fast-check'
import { update as mingoUpdate } from 'mingo/updater'
import { describe, expect, it } from 'vitest'
import { applySimpleUpdate, isSimpleUpdate } from './simple-update'
import type { DocObject } from './values'

const scalar = fc.oneof(fc.constantFrom('a', 'b', ''), fc.integer({ min: -3, max: 3 }), fc.boolean())
// arrays without repeats: on one with repeats mingo's $addToSet wrongly answers "unchanged" (MongoDB appends; so does this)
const value = fc.oneof(scalar, fc.uniqueArray(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom('x', 'y'), scalar, { maxKeys: 2 }))
const doc = fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { maxKeys: 3 })
const PATHS = ['a', 'b', 'c', 'a.x', 'a.y', 'b.x', 'c.x.y']
const operation = fc.record({
  op: fc.constantFrom('$set', '$unset', '$inc', '$push', '$addToSet'),
  path: fc.constantFrom(...PATHS),
  operand: value,
})

/** A spec MongoDB accepts: no path twice or inside another, numbers for $inc. */
function specOf(ops: { op: string; path: string; operand: unknown }[]): Record<string, Record<string, unknown>> {
  const spec: Record<string, Record<string, unknown>> = {}
  const used: string[] = []
  for (const { op, path, operand } of ops) {
    if (used.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`))) continue
    used.push(path)
    spec[op] = { ...spec[op], [path]: op === '$inc' ? (typeof operand === 'number' ? operand : 1) : operand }
  }
  return spec
}

const numericTargetsOnly = (d: DocObject, spec: Record<string, Record<string, unknown>>) =>
  Object.keys(spec.$inc ?? {}).every((path) => {
    const v = path.split('.').reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), d)
    return v === undefined || typeof v === 'number'
  })

describe('simple updates', () => {
  it('agree with mingo wherever they apply, and change nothing where they step aside', () => {
    fc.assert(
      fc.property(doc, fc.array(operation, { minLength: 1, maxLength: 4 }), (fields, ops) => {
        const spec = specOf(ops)
        const start = { _id: 'd', ...fields } as DocObject
        fc.pre(numericTargetsOnly(start, spec))
        const ours = structuredClone(start)
        if (!isSimpleUpdate(spec) || !applySimpleUpdate(ours, spec)) {
          expect(ours).toEqual(start)
          return
        }
        const theirs = structuredClone(start)
        mingoUpdate(theirs, spec, undefined, undefined, { cloneMode: 'deep' })
        expect(ours).toEqual(theirs)
      }),
      { numRuns: 2000 },
    )
  })

  it('leave array paths, $each and non-scalar sets to mingo', () => {
    expect(isSimpleUpdate({ $set: { 'a.0': 1 } })).toBe(false)
    expect(isSimpleUpdate({ $push: { a: { $each: [1, 2] } } })).toBe(false)
    expect(isSimpleUpdate({ $addToSet: { a: { x: 1 } } })).toBe(false)
    expect(isSimpleUpdate({ $pull: { a: 1 } })).toBe(false)
    expect(applySimpleUpdate({ _id: 'd', a: [{ x: 1 }] }, { $set: { 'a.x': 2 } })).toBe(false)
  })
})
