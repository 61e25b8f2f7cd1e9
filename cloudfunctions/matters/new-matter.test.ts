/** One builder of matters: every way a matter comes in makes the same record, content check included. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookingAtNewPoint, contact, diaryEvent, fresh, startWorld, submitEvent, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

beforeAll(async () => {
  w = await startWorld(START, undefined, { wordList: { risky: ['违禁词测试'], review: ['待人工复核'] } })
})
afterAll(async () => {
  await w.stop()
})

/** A booking at a point of its own, its resident checked in on the day. */
async function checkedIn() {
  w.clock.set(START)
  const booked = await bookingAtNewPoint(w)
  w.clock.set('2026-03-04T06:30:00Z') // 14:30 on the day
  expect((await w.staff(booked.lead, { action: 'booking.checkIn', id: booked.id })).ok).toBe(true)
  return booked
}

const toItem = (id: string, content: string) => ({ action: 'booking.toItem', id, category: '政策咨询', content })
const itemsAt = async (pointCode: string) => (await w.db().collection('items').where({ pointCode }).count()).total

describe('a matter registered at the desk', () => {
  it('is refused with risky words, like a resident’s submission, and nothing is written', async () => {
    const { code, lead, id } = await checkedIn()
    const resident = await w.resident(fresh('resident'), submitEvent({ pointCode: code, content: '这里有违禁词测试的内容需要处理' }))
    expect(resident).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    const desk = await w.staff(lead, toItem(id, '这里有违禁词测试的内容需要处理'))
    expect(desk).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    expect(await itemsAt(code)).toBe(0)
    expect((await w.db().collection('bookings').doc(id).get()).data?.itemId).toBeUndefined()
  })

  it('is held for review when the check asks for it, like a resident’s submission', async () => {
    const { code, lead, id } = await checkedIn()
    const resident = await w.resident(fresh('resident'), submitEvent({ pointCode: code, content: '这段话待人工复核一下再说' }))
    expect((await w.rawItem(resident.data.id))?.contentReview).toBe(true)
    const desk = await w.staff(lead, toItem(id, '这段话待人工复核一下再说'))
    expect(desk.ok).toBe(true)
    expect(await w.rawItem(desk.data.id)).toMatchObject({ contentReview: true, source: 'booking' })
    const clean = await checkedIn()
    const passed = await w.staff(clean.lead, toItem(clean.id, '咨询高龄补贴的申请条件和材料'))
    expect((await w.rawItem(passed.data.id))?.contentReview).toBe(false)
  })
})

describe('every path', () => {
  it('makes the same record: the same fields of the same kinds, only who and how differ', async () => {
    const { code, lead, resident, id } = await checkedIn()
    const own = await w.resident(resident, submitEvent({ pointCode: code }))
    const desk = await w.staff(lead, toItem(id, '咨询高龄补贴的申请条件和材料'))
    const proxy = await w.staff(lead, { action: 'item.registerForResident', requestId: fresh('req'), pointCode: code, category: '基础设施', content: '老人说楼道的灯坏了，晚上上下楼看不见', contact })
    const visit = await w.staff(lead, diaryEvent(code, '2026-03-03'))
    const fromVisit = await w.staff(lead, { action: 'visits.toItem', id: visit.data.id, requestId: fresh('req'), category: '基础设施', content: '幸福路楼道灯坏了半个月，老人看不见', contact })
    expect([own, desk, proxy, visit, fromVisit].map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined, undefined])
    const records = await Promise.all([own, desk, proxy, fromVisit].map(async (r) => (await w.rawItem(r.data.id)) ?? {}))

    const kinds = (doc: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v === null ? 'null' : v instanceof Date ? 'date' : Array.isArray(v) ? 'array' : typeof v]))
    const [first, ...rest] = records.map(kinds)
    for (const other of rest) expect({ ...other, registeredBy: 'who' }).toEqual({ ...first, registeredBy: 'who' })
    expect(records.map((r) => [r.source, r.registeredBy, r.ownerOpenid])).toEqual([
      ['qr', null, resident],
      ['booking', lead, resident],
      ['walk-in', lead, ''],
      ['visit', lead, ''],
    ])
    expect(records.map((r) => r.timeline.map((e: { type: string }) => e.type))).toEqual([['register', 'assign'], ['register'], ['register'], ['register']])
  })
})
