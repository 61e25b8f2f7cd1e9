/** 走访 in 数字: households per cadre and month from 民情日记, against the point's quota. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 14 December 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-12-14T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

async function ok(r: Promise<{ ok: boolean; data?: unknown; error?: unknown }>) {
  const out = await r
  if (!out.ok) throw new Error(JSON.stringify(out))
  return out.data as Record<string, unknown>
}

const visit = (openid: string, pointCode: string, address: string, visitedAt: string, form = 'homeVisit') =>
  ok(w.staff(openid, { action: 'visits.create', requestId: fresh('req'), pointCode, form, visitedAt, household: { address, met: '住户本人' }, heard: '聊了聊家里的近况' }))

describe('figures.get: 走访', () => {
  it('counts each cadre’s households per month of the period against the quota the admin set, and only what the caller may see', async () => {
    const { code, lead } = await w.addPoint()
    const pointName = `测试说事点${code}`
    const li = await w.addStaff({ name: '李干部', roles: ['cadre'], points: [code] })
    await ok(w.staff(DEMO.admin, { action: 'visits.setQuota', pointCode: code, min: 2, max: 4 }))
    // 李: November 3 households (one visited twice), December 1 and a visit at the point that is no household
    await visit(li, code, '幸福路1号', '2026-11-20')
    await visit(li, code, '幸福路2号', '2026-11-21')
    await visit(li, code, '幸福路3号', '2026-11-30')
    await visit(li, code, '幸福路3号', '2026-11-30', 'followUp')
    await visit(li, code, '幸福路4号', '2026-12-01')
    await visit(li, code, '幸福路5号', '2026-12-02', 'walkIn')
    const r = await w.staff(lead, { action: 'figures.get', pointCode: code, from: '2026-11-01', to: '2027-01-31', cadre: li })
    expect(r.ok).toBe(true)
    expect(r.data.visitQuota).toEqual([{ pointCode: code, min: 2, max: 4 }])
    // January has not begun: no row; December is under way, 1 of at least 2 so far
    expect(r.data.visits).toEqual([
      { month: '2026-11', pointCode: code, pointName, openid: li, name: '李干部', households: 3, min: 2, max: 4, behind: false, monthOver: true },
      { month: '2026-12', pointCode: code, pointName, openid: li, name: '李干部', households: 1, min: 2, max: 4, behind: true, monthOver: false },
    ])
    // another point's leader learns nothing of it
    const other = await w.addPoint()
    const refused = await w.staff(other.lead, { action: 'figures.get', pointCode: code, from: '2026-11-01', to: '2026-11-30' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
