import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  RESIDENT_FEATURES,
  residentEventSchemas,
  STAFF_FEATURES,
  staffEventSchemas,
  type ResidentAction,
  type ResidentResponses,
  type StaffAction,
  type StaffResponses,
} from './contract'

/** Actions that two features both define: the later one would silently replace the other. */
function definedTwice(features: Record<string, Record<string, unknown>>): string[] {
  const seen = new Map<string, string>()
  const twice: string[] = []
  for (const [feature, events] of Object.entries(features)) {
    for (const action of Object.keys(events)) {
      if (seen.has(action)) twice.push(`${action}: ${seen.get(action)} and ${feature}`)
      seen.set(action, feature)
    }
  }
  return twice
}

describe('the contract', () => {
  it('takes each action from one feature only', () => {
    expect(definedTwice(RESIDENT_FEATURES)).toEqual([])
    expect(definedTwice(STAFF_FEATURES)).toEqual([])
    expect(definedTwice({ a: { x: 1, y: 1 }, b: { y: 1 } })).toEqual(['y: a and b'])
  })

  it('assembles every feature event', () => {
    for (const [schemas, features] of [
      [residentEventSchemas, RESIDENT_FEATURES],
      [staffEventSchemas, STAFF_FEATURES],
    ] as const) {
      const all = Object.values(features).flatMap((events) => Object.keys(events))
      expect(Object.keys(schemas).sort()).toEqual(all.sort())
    }
  })

  it('answers exactly the actions it takes', () => {
    expectTypeOf<Exclude<keyof ResidentResponses, ResidentAction>>().toEqualTypeOf<never>()
    expectTypeOf<Exclude<ResidentAction, keyof ResidentResponses>>().toEqualTypeOf<never>()
    expectTypeOf<Exclude<keyof StaffResponses, StaffAction>>().toEqualTypeOf<never>()
    expectTypeOf<Exclude<StaffAction, keyof StaffResponses>>().toEqualTypeOf<never>()
  })
})
