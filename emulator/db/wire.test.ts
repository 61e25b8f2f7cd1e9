/** Requests read without bson's reviver give exactly what bson's relaxed parse gives. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromWire } from './wire'
import { EJSON } from './sdk'

const number = fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constantFrom(2 ** 53 + 2, -(2 ** 60), 0, -0))
const leaf = fc.oneof(number, fc.string(), fc.boolean(), fc.constant(null), fc.date({ min: new Date(-1e14), max: new Date(1e14) }))
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('v'), { maxKeys: 3 })),
})).v

describe('fromWire', () => {
  it('reads canonical and relaxed EJSON as bson does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'at'), value, { maxKeys: 3 }), fc.boolean(), (doc, relaxed) => {
        const text = EJSON.stringify(doc, { relaxed })
        expect(fromWire(text, 'data')).toEqual(EJSON.parse(text, { relaxed: true }))
      }),
      { numRuns: 1000 },
    )
  })

  it('leaves other EJSON types and bson’s refusals to bson', () => {
    expect(fromWire('{"a":{"$numberLong":"9007199254740993"}}', 'data')).toEqual({ a: 9007199254740992 })
    expect(fromWire('{"a":{"$regularExpression":{"pattern":"x","options":"i"}}}', 'query')).toEqual({ a: /x/i })
    expect(() => fromWire('{"a\\u0000":1}', 'data')).toThrow()
    expect(() => fromWire('{"a":', 'data')).toThrow(/not valid EJSON/)
  })
})
