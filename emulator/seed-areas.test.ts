import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, type World } from '../cloudfunctions/testing'
import { householdFigures } from '../domain/areas/figures'
import type { HouseholdView } from '../domain/areas/api'

let w: World
// Saturday 28 November 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-11-28T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

describe('demo 包片', () => {
  it('divides xd01 into three areas of its three cadres, each with 12–15 households, read through the actions', async () => {
    const listed = await w.staff('demo-leader', { action: 'areas.list', pointCode: 'xd01' })
    expect(listed.data.areas.map((a: { name: string; cadre: { name: string } }) => [a.name, a.cadre.name])).toEqual([
      ['幸福路片', '张建国'],
      ['新东小区4–6栋', '李秀英'],
      ['老街片（和平路）', '王志强'],
    ])
    for (const [cadre, area] of [['demo-cadre-1', 'demo-area-xd01-1'], ['demo-cadre-2', 'demo-area-xd01-2'], ['demo-cadre-3', 'demo-area-xd01-3']]) {
      const r = await w.staff(cadre, { action: 'households.list', area })
      const homes = r.data.households as HouseholdView[]
      const living = homes.filter((h) => h.status === 'active')
      expect(living.length).toBeGreaterThanOrEqual(12)
      expect(living.length).toBeLessThanOrEqual(15)
      expect(living.some((h) => h.flags.includes('hardship'))).toBe(true)
      expect(householdFigures(homes)).toMatchObject({ shown: true })
    }
  })

  it('the demo diary’s entries at the demo homes go to those households', async () => {
    const { data } = await w.db().collection('visits').where({ author: 'demo-cadre-1' }).limit(20).get()
    const picked = data.filter((v) => v.householdId)
    expect(picked.length).toBeGreaterThanOrEqual(2)
    for (const v of picked) expect((await w.db().collection('households').doc(v.householdId).get()).data?.householdKey).toBe(v.householdKey)
  })
})
