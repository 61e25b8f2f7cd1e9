/**
 * 已上门 (homeVisit.done): rights first, only from the day of the visit, once; the
 * booking is settled with it, the 民情日记 entry written when the cadre wrote one, and
 * the resident reads 已安排 → 待确认 → 已上门.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, visitEvent, type World } from '../testing'

// Monday 2 March 2026, 10:00 China time; the visit is Thursday 5 March, 09:30
const START = '2026-03-02T02:00:00Z'
const VISIT_DAY = '2026-03-05T03:00:00Z' // 11:00 that day
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

/** A point of its own, two cadres, and a request cadre A has scheduled for 5 March 09:30. */
async function scheduled() {
  const { code, lead } = await w.addPoint()
  const cadreA = await w.addStaff({ name: '李卫东', roles: ['cadre'], points: [code] })
  const cadreB = await w.addStaff({ name: '赵红梅', roles: ['cadre'], points: [code] })
  const resident = fresh('resident')
  const r = await w.resident(resident, visitEvent(code))
  if (!r.ok) throw new Error(JSON.stringify(r))
  const id = r.data.id as string
  const s = await w.staff(cadreA, { action: 'homeVisit.schedule', id, date: '2026-03-05', time: '09:30' })
  if (!s.ok) throw new Error(JSON.stringify(s))
  return { code, lead, cadreA, cadreB, resident, id, bookingId: s.data.bookingId as string }
}

const done = (openid: string, id: string, extra: object = {}) => w.staff(openid, { action: 'homeVisit.done', id, requestId: fresh('done'), ...extra })
const raw = async (collection: string, id: string) => (await w.db().collection(collection).doc(id).get()).data
const mine = async (resident: string) => (await w.resident(resident, { action: 'homeVisit.listMine' })).data.items[0] as { status: string; shown: string }
const diary = { met: '刘阿姨本人', heard: '老伴卧床，想申请居家养老护理补贴', done: '带去申请表，下周帮忙递交' }

describe('who may record 已上门', () => {
  it('a resident, a cadre of another point and another cadre of the point are refused; nothing is written', async () => {
    const { cadreB, id, bookingId } = await scheduled()
    w.clock.set(VISIT_DAY)
    expect((await done(DEMO.residentA, id)).error.code).toBe('FORBIDDEN')
    expect((await done(DEMO.cadre1, id)).error.code).toBe('NOT_FOUND')
    expect((await done(DEMO.cadre1, 'no-such-request')).error.code).toBe('NOT_FOUND')
    expect((await done(cadreB, id)).error.code).toBe('FORBIDDEN')
    expect(await raw('homeVisits', id)).toMatchObject({ status: 'scheduled' })
    expect(await raw('bookings', bookingId)).toMatchObject({ status: 'booked' })
  })

  it('not before the day of the visit; a diary with a phone number is refused whole', async () => {
    const { cadreA, id, bookingId } = await scheduled()
    expect((await done(cadreA, id)).error).toEqual({ code: 'INVALID_INPUT', message: '还没到上门的日子，上门后再登记' })
    w.clock.set(VISIT_DAY)
    const withPhone = await done(cadreA, id, { diary: { ...diary, heard: '让我回电 13812345678 再说' } })
    expect(withPhone.error.code).toBe('INVALID_INPUT')
    expect(await raw('homeVisits', id)).toMatchObject({ status: 'scheduled' })
    expect(await raw('bookings', bookingId)).toMatchObject({ status: 'booked' })
  })
})

describe('已上门', () => {
  it('the resident reads 已安排, 待确认 after the day, then 已上门; the diary entry is the cadre’s, 主动家访 on that date', async () => {
    const { cadreA, resident, id, bookingId, code } = await scheduled()
    expect(await mine(resident)).toMatchObject({ status: 'scheduled', shown: 'scheduled' })
    w.clock.set('2026-03-05T16:00:00Z') // the next day began, nothing recorded
    expect(await mine(resident)).toMatchObject({ status: 'scheduled', shown: 'awaiting' })
    const bookings = (await w.resident(resident, { action: 'booking.listMine' })).data.items
    expect(bookings.map((b: { shown: string }) => b.shown)).toEqual(['awaiting'])

    const requestId = fresh('done')
    const first = await w.staff(cadreA, { action: 'homeVisit.done', id, requestId, diary })
    expect(first.data).toMatchObject({ status: 'visited', canMarkDone: false })
    // the same request again: recorded once
    const again = await w.staff(cadreA, { action: 'homeVisit.done', id, requestId, diary })
    expect(again.data.diaryId).toBe(first.data.diaryId)
    expect((await done(cadreA, id)).error.code).toBe('CONFLICT')

    expect(await mine(resident)).toMatchObject({ status: 'visited', shown: 'visited' })
    expect(await raw('bookings', bookingId)).toMatchObject({ status: 'checkedIn' })
    const entry = await w.staff(cadreA, { action: 'visits.get', id: first.data.diaryId })
    expect(entry.data).toMatchObject({ pointCode: code, form: 'homeVisit', visitedAt: '2026-03-05', heard: diary.heard, household: { met: diary.met } })
    const visits = (await w.db().collection('visits').where({ pointCode: code }).limit(10).get()).data
    expect(visits).toHaveLength(1)
  })

  it('without a diary nothing goes in the diary; a leader of the point may record it too', async () => {
    const { lead, id, code } = await scheduled()
    w.clock.set(VISIT_DAY)
    const r = await done(lead, id)
    expect(r.data).toMatchObject({ status: 'visited', diaryId: null })
    expect((await w.db().collection('visits').where({ pointCode: code }).limit(10).get()).data).toHaveLength(0)
  })
})
