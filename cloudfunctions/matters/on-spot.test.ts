/** 当场答复 at the desk: a matter registered (from a booking, or 代登记) and replied in one step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookingAtNewPoint, contact, DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'
const ON_THE_DAY = '2026-03-04T06:00:00Z' // Wednesday 14:00

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

const onSpot = { track: 'immediate', importance: 'normal', tier: 'cadre', answer: '高龄补贴带身份证到社区服务中心窗口申请，当月受理', unit: '社区服务中心', handler: '点负责人' }

/** A point of its own with a Wednesday 约访 opening, and a booking by a fresh resident, checked in on the day. */
async function checkedIn() {
  w.clock.set(START)
  const booked = await bookingAtNewPoint(w)
  w.clock.set(ON_THE_DAY)
  const c = await w.staff(booked.lead, { action: 'booking.checkIn', id: booked.id })
  if (!c.ok) throw new Error(JSON.stringify(c))
  return booked
}

const toItem = (id: string, extra: object = {}) => ({ action: 'booking.toItem', id, category: '政策咨询', content: '咨询高龄补贴的申请条件和材料', ...extra })

const walkIn = (pointCode: string, extra: object = {}) => ({
  action: 'item.registerForResident',
  requestId: fresh('req'),
  pointCode,
  category: '政策咨询',
  content: '老人来问高龄补贴怎么申请，需要带什么材料',
  contact: { ...contact, name: '王大爷' },
  ...extra,
})

/** What registering may have written at a point: its matters and the month's counter. */
async function writtenAt(code: string) {
  const items = (await w.db().collection('items').where({ pointCode: code }).count()).total
  const counter = (await w.db().collection('counters').doc(`item-no-${code}-202603`).get()).data as { ids: string[] } | null
  return { items, seq: counter?.ids.length ?? 0 }
}

describe('当场答复 from a checked-in booking', () => {
  it('registers the resident’s matter replied in one step; the resident is told and can rate it', async () => {
    const { lead, resident, id } = await checkedIn()
    const r = await w.staff(lead, toItem(id, { answerOnSpot: onSpot }))
    expect(r.data).toMatchObject({ status: 'replied', assignee: { openid: lead }, track: 'immediate', reply: { answer: onSpot.answer, unit: '社区服务中心' } })
    expect(r.data.timeline.map((e: { type: string }) => e.type)).toEqual(['register', 'accept', 'reply'])
    const stored = await w.rawItem(r.data.id)
    expect(stored).toMatchObject({ ownerOpenid: resident, source: 'booking', status: 'replied' })
    // the resident follows it in 我的, was told of the reply, and rates it
    const mine = await w.resident(resident, { action: 'item.get', id: r.data.id })
    expect(mine.data).toMatchObject({ status: 'replied', can: { rate: true }, reply: { answer: onSpot.answer } })
    const box = await w.resident(resident, { action: 'messages.list' })
    expect(box.data.items.map((m: { title: string }) => m.title)).toContain('您的诉求已答复')
    const rated = await w.resident(resident, { action: 'item.rate', id: r.data.id, level: 'satisfied', solved: true })
    expect(rated.data.status).toBe('closed')
    // a retry answers with the same matter, replied once
    const again = await w.staff(lead, toItem(id, { answerOnSpot: onSpot }))
    expect(again.data.id).toBe(r.data.id)
    expect(again.data.timeline.filter((e: { type: string }) => e.type === 'reply')).toHaveLength(1)
  })

  it('refuses a bad answer before anything is written: no matter, no number taken, the booking unlinked', async () => {
    const { code, lead, id } = await checkedIn()
    const before = await writtenAt(code)
    for (const bad of [{ ...onSpot, answer: '好' }, { ...onSpot, unit: '' }, { ...onSpot, track: 'soon' }, { ...onSpot, extra: 1 }]) {
      const r = await w.staff(lead, toItem(id, { answerOnSpot: bad }))
      expect(r.error.code).toBe('INVALID_INPUT')
    }
    expect(await writtenAt(code)).toEqual(before)
    expect((await w.db().collection('bookings').doc(id).get()).data?.itemId).toBeUndefined()
  })

  it('a resident, or a cadre of another point, cannot register it; nothing is written', async () => {
    const { code, id } = await checkedIn()
    const before = await writtenAt(code)
    expect((await w.staff(DEMO.residentA, toItem(id, { answerOnSpot: onSpot }))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, toItem(id, { answerOnSpot: onSpot }))).error.code).toBe('NOT_FOUND')
    expect(await writtenAt(code)).toEqual(before)
  })
})

describe('当场答复 with 代登记', () => {
  it('a walk-in’s matter is numbered, has no owner, and is replied; the cadre may record the rating later', async () => {
    const { code, lead } = await w.addPoint()
    w.clock.set(ON_THE_DAY)
    const r = await w.staff(lead, walkIn(code, { answerOnSpot: onSpot }))
    expect(r.data).toMatchObject({ status: 'replied', no: expect.stringMatching(/^[A-Z0-9_-]+-202603\d{3,}$/), reply: { handler: '点负责人' } })
    expect(r.data.can['item.recordRating']).toBe(true)
    expect(await w.rawItem(r.data.id)).toMatchObject({ ownerOpenid: '', source: 'walk-in', registeredBy: lead })
  })

  it('refuses a bad answer, an outsider or a resident before anything is written', async () => {
    const { code, lead } = await w.addPoint()
    const before = await writtenAt(code)
    expect((await w.staff(lead, walkIn(code, { answerOnSpot: { ...onSpot, handler: '' } }))).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(lead, walkIn(code, { answerOnSpot: { ...onSpot, importance: 'urgent' } }))).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(DEMO.residentA, walkIn(code, { answerOnSpot: onSpot }))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, walkIn(code, { answerOnSpot: onSpot }))).error.code).toBe('FORBIDDEN')
    expect(await writtenAt(code)).toEqual(before)
  })
})
