/**
 * Test support: an area of a point with its households, written straight to the database
 * (the areas' own write path is not what these tests are about). Each call makes its own.
 */
import type { HouseholdFlag } from '../../domain/areas/households'
import { householdKey } from '../../domain/diary/visits'
import { chinaInstant } from '../../domain/kernel/time'
import { fresh, type World } from '../testing'

export const householdAddress = (street: string, n: number) => `${street}${n}号楼1单元101`

export interface TestArea {
  area: string
  pointCode: string
  cadre: string
  street: string
  households: string[]
}

/** An area of `pointCode` kept by `cadre` with `count` households recorded on 5 January 2026; the first `hardship` of them flagged 困难. */
export async function makeArea(w: World, pointCode: string, cadre: string, count: number, hardship = 0): Promise<TestArea> {
  const area = fresh('area').slice(0, 40)
  const street = `${fresh('路').replace(/[^a-z0-9]/gi, '').slice(-6)}路`
  const at = chinaInstant('2026-01-05', '09:00')
  await w.db().collection('areas').doc(area).set({ data: { pointCode, name: `${street}片`, units: [`${street}1-${count}号楼`], cadre, active: true, createdAt: at, updatedAt: at } })
  const households: string[] = []
  for (let n = 1; n <= count; n++) {
    const id = `${area}-h${n}`
    const flags: HouseholdFlag[] = n <= hardship ? ['hardship'] : []
    const address = householdAddress(street, n)
    await w.db().collection('households').doc(id).set({
      data: { pointCode, area, address, householdKey: householdKey(address), head: `户主${n}`, members: 3, flags, note: '', status: 'active', changes: [], createdAt: at, createdBy: cadre, updatedAt: at },
    })
    households.push(id)
  }
  return { area, pointCode, cadre, street, households }
}

/** The people of a fresh point: its leader (the lead cadre), the area's cadre, another cadre there, and a leader of another point. */
export async function pointPeople(w: World) {
  const { code, lead } = await w.addPoint()
  const cadre = await w.addStaff({ name: '包片干部', points: [code] })
  const otherCadre = await w.addStaff({ name: '别的干部', points: [code] })
  const elsewhere = await w.addPoint()
  const admin = await w.addStaff({ name: '管理员', roles: ['admin'], points: [code] })
  return { code, leader: lead, cadre, otherCadre, leaderThere: elsewhere.lead, admin, resident: fresh('resident') }
}
