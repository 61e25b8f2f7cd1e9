/**
 * visits.ofItem, the visits shown on a matter's page: each caller sees only the diary
 * entries they may read (their own, and a leader those of their points), whoever wrote
 * about the matter and however the visit is tied to it (回访 of it, or 登记为诉求 from it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

const visitEvent = (pointCode: string, extra: Record<string, unknown> = {}) => ({
  action: 'visits.create',
  requestId: fresh('req'),
  pointCode,
  form: 'followUp',
  visitedAt: '2026-03-01',
  household: { address: '幸福路12号3单元501', met: '王大爷' },
  heard: '老人说楼道的灯还是时亮时不亮',
  ...extra,
})

async function write(author: string, pointCode: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await w.staff(author, visitEvent(pointCode, extra))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.id as string
}

const ofItem = async (caller: string, itemId: string) => {
  const r = await w.staff(caller, { action: 'visits.ofItem', itemId })
  if (!r.ok) return r.error.code as string
  return (r.data.visits as { id: string }[]).map((v) => v.id).sort()
}

describe('visits.ofItem shows each caller only the entries they may read', () => {
  it('the author their own, a leader of the point all of it, nobody else anything', async () => {
    // point P: its lead (cadre and leader), two cadres and a deputy; point Q: its own lead
    const { code, lead } = await w.addPoint()
    const cadreA = await w.addStaff({ name: '甲干部', roles: ['cadre'], points: [code] })
    const cadreB = await w.addStaff({ name: '乙干部', roles: ['cadre'], points: [code] })
    const deputy = await w.addStaff({ name: '代表', roles: ['deputy'], points: [code] })
    const other = await w.addPoint()
    const otherCadre = await w.addStaff({ name: '丙干部', roles: ['cadre'], points: [other.code] })
    const item = await w.submit({ pointCode: code })

    const byA = await write(cadreA, code, { followsItemIds: [item] })
    const byB = await write(cadreB, code, { followsItemIds: [item] })
    const byDeputy = await write(deputy, code, { followsItemIds: [item] })
    const byLead = await write(lead, code, { followsItemIds: [item] })
    await write(cadreA, code) // about no matter: never listed
    const all = [byA, byB, byDeputy, byLead].sort()

    expect(await ofItem(cadreA, item)).toEqual([byA])
    expect(await ofItem(cadreB, item)).toEqual([byB])
    expect(await ofItem(deputy, item)).toEqual([byDeputy])
    expect(await ofItem(lead, item)).toEqual(all)
    // a leader and a cadre of another point, though the matter's id is known to them
    expect(await ofItem(other.lead, item)).toEqual([])
    expect(await ofItem(otherCadre, item)).toEqual([])
    // no diary reader at all
    expect(await ofItem(DEMO.admin, item)).toBe('FORBIDDEN')
    expect(await ofItem(DEMO.residentA, item)).toBe('FORBIDDEN')
  })

  it('a matter registered from a visit shows that visit to its author and the point’s leader only', async () => {
    const { code, lead } = await w.addPoint()
    const cadreA = await w.addStaff({ name: '甲干部', roles: ['cadre'], points: [code] })
    const cadreB = await w.addStaff({ name: '乙干部', roles: ['cadre'], points: [code] })
    const visit = await write(cadreA, code, { form: 'homeVisit' })
    const made = await w.staff(cadreA, {
      action: 'visits.toItem',
      id: visit,
      requestId: fresh('req'),
      category: '基础设施',
      content: '幸福路12号3单元楼道灯坏了半个月，老人晚上上下楼看不见',
      contact: { ...contact, name: '王大爷', address: '幸福路12号3单元501' },
    })
    const item = made.data.id as string
    expect(await ofItem(cadreA, item)).toEqual([visit])
    expect(await ofItem(lead, item)).toEqual([visit])
    expect(await ofItem(cadreB, item)).toEqual([])
  })
})
