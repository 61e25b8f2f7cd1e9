/** 代登记: a matter registered by a cadre for a resident without WeChat. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptEvent, contact, DEMO, fresh, startWorld, type World } from '../testing'

let w: World

beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

const proxyEvent = (pointCode: string, requestId = fresh('req')) => ({
  action: 'item.registerForResident',
  requestId,
  pointCode,
  category: '基础设施',
  content: '老人说楼道的灯坏了，晚上上下楼看不见',
  contact: { ...contact, name: '王大爷' },
})

describe('代登记', () => {
  it('is numbered like any other, has no owner, and the receiving cadre answers for it; the same requestId makes one', async () => {
    const { code, lead } = await w.addPoint()
    const before = await w.resident(DEMO.residentA, { action: 'item.submit', requestId: fresh('req'), pointCode: code, category: '政策咨询', content: '想问问补贴的事情怎么办', contact })
    const requestId = fresh('req')
    const [a, b] = await Promise.all([w.staff(lead, proxyEvent(code, requestId)), w.staff(lead, proxyEvent(code, requestId))])
    expect(a.data.id).toBe(b.data.id)
    expect(a.data).toMatchObject({ status: 'submitted', assignee: { openid: lead } })
    expect(Number(a.data.no)).toBe(Number(before.data.no) + 1)
    const stored = await w.rawItem(a.data.id)
    expect(stored).toMatchObject({ ownerOpenid: '', source: 'walk-in', registeredBy: lead })
    // handled like any other matter
    expect((await w.staff(lead, acceptEvent(a.data.id))).data.status).toBe('accepted')
    // no resident sees it
    expect((await w.resident(DEMO.residentA, { action: 'item.get', id: a.data.id })).error.code).toBe('NOT_FOUND')
  })

  it('only a cadre of the point may; a resident or a cadre of another point is refused and nothing is written', async () => {
    const { code } = await w.addPoint()
    const count = async () => (await w.db().collection('items').where({ pointCode: code }).count()).total
    expect((await w.staff(DEMO.residentA, proxyEvent(code))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, proxyEvent(code))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.admin, proxyEvent(code))).error.code).toBe('FORBIDDEN')
    expect(await count()).toBe(0)
    const bad = await w.staff(DEMO.cadre1, { ...proxyEvent(DEMO.pointCode), contact: { name: '王大爷', phone: 'abc', address: '幸福路' } })
    expect(bad.error.code).toBe('INVALID_INPUT')
  })
})
