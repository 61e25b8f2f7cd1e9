/** Documents are checked where they enter: a malformed one is a clear INTERNAL, logged, never guessed at. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'
import { asItemFields, asStaff, MalformedDocument, reader } from './reads'

let w: World
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

/** Runs `call` with console.error caught; answers the reply and what was logged. */
async function logged<T>(call: () => Promise<T>): Promise<{ reply: T; log: string }> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const reply = await call()
    return { reply, log: errors.mock.calls.map((c) => c.map(String).join(' ')).join('\n') }
  } finally {
    errors.mockRestore()
  }
}

describe('a reader', () => {
  it('answers the record, null for none, and names the collection, the id and the field of a malformed one', () => {
    const ok = { _id: 'u1', openid: 'u1', name: '张建国', roles: ['cadre'], points: ['xd01'], active: true }
    expect(asStaff(ok)).toEqual({ ...ok, nodes: [] }) // a record from before the tree holds no node
    expect(asStaff(null)).toBeNull()
    expect(() => asStaff({ ...ok, roles: 'admin' })).toThrow(new MalformedDocument('staff', 'u1', 'roles is not an array'))
    expect(() => asStaff({ ...ok, name: undefined })).toThrow('malformed staff document u1: name is missing')
    expect(() => asStaff({ ...ok, _id: 7 })).toThrow('malformed staff document (no _id): _id is not a string')
    const dated = reader<{ _id: string; at: Date; left?: number | null }>('things', { at: 'date', left: 'number?' })
    expect(() => dated.one({ _id: 'a', at: '2026-03-02' })).toThrow('malformed things document a: at is not a date')
    expect(dated.one({ _id: 'a', at: new Date(0), left: null })).toEqual({ _id: 'a', at: new Date(0), left: null })
    // a query that asked for some fields is checked for those
    expect(asItemFields([{ _id: 'i1', no: '202603001' }], ['no'])).toEqual([{ _id: 'i1', no: '202603001' }])
    expect(() => asItemFields([{ _id: 'i1' }], ['no'])).toThrow('malformed items document i1: no is missing')
  })
})

describe('a malformed document in the database', () => {
  it('a staff record whose roles are a word, not a list, answers INTERNAL instead of letting `includes` guess', async () => {
    const openid = fresh('staff')
    await w.db().collection('staff').doc(openid).set({ data: { openid, name: '错记的人', roles: 'admin-pending', points: [DEMO.pointCode], active: true } })
    const { reply, log } = await logged(() => w.staff(openid, { action: 'staff.list' }))
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
    expect(log).toContain(`malformed staff document ${openid}: roles is not an array`)
  })

  it('a matter whose date is text answers INTERNAL, and the log holds no personal data', async () => {
    const id = await w.submit({ owner: DEMO.residentA })
    await w.db().collection('items').doc(id).update({ data: { createdAt: '2026-03-02 10:00' } })
    const { reply, log } = await logged(() => w.resident(DEMO.residentA, { action: 'item.get', id }))
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
    expect(log).toContain(`malformed items document ${id}: createdAt is not a date`)
    expect(log).not.toContain(contact.phone)
  })

  it('a resident’s booking record whose no-shows are a word answers INTERNAL, names it, and books nothing', async () => {
    const openid = fresh('resident')
    await w.db().collection('bookers').doc(`booker-${openid}`).set({ data: { open: [], noShows: 'twice' } })
    const slots = await w.resident(openid, { action: 'slots.list', pointCode: DEMO.pointCode, from: '2026-03-04', days: 1 })
    const slotId = slots.data.openings.find((o: { kind: string }) => o.kind === 'booking').slots[0].id
    const event = { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '想问问高龄补贴怎么申请', contact }
    const { reply, log } = await logged(() => w.resident(openid, event))
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
    expect(log).toContain(`malformed bookers document booker-${openid}: noShows is not an array`)
    expect((await w.db().collection('bookings').where({ ownerOpenid: openid }).count()).total).toBe(0)
  })
})
