import { describe, expect, it } from 'vitest'
import { householdFigures } from './figures'
import { HOUSEHOLD_AGGREGATE_MIN, type HouseholdFlag } from './households'

const homes = (n: number, flags: HouseholdFlag[] = [], status: 'active' | 'movedOut' = 'active') => Array.from({ length: n }, () => ({ flags, status }))

describe('household figures', () => {
  it('shows nothing of fewer than 10 households living in the scope; moved-out ones do not count', () => {
    expect(HOUSEHOLD_AGGREGATE_MIN).toBe(10)
    expect(householdFigures(homes(9, ['hardship']))).toEqual({ shown: false })
    expect(householdFigures([...homes(9), ...homes(5, [], 'movedOut')])).toEqual({ shown: false })
    expect(householdFigures([])).toEqual({ shown: false })
  })

  it('counts households by flag, hiding a flag held by 1–9 of them; none is shown as 0', () => {
    const f = householdFigures([...homes(12, ['aloneElderly']), ...homes(3, ['hardship', 'dibao']), ...homes(4, ['hardship'], 'movedOut')])
    expect(f).toEqual({
      shown: true,
      households: 15,
      byFlag: { hardship: null, dibao: null, disability: 0, aloneElderly: 12, migrant: 0, keyPerson: 0, activist: 0 },
    })
  })

  it('takes another minimum when asked', () => {
    expect(householdFigures(homes(3, ['migrant']), 3)).toMatchObject({ shown: true, households: 3, byFlag: { migrant: 3 } })
  })
})
