import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { templateData } from '../../domain/messages/templates'
import { DEMO } from '../../emulator/seed'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import { queueMessage } from './outbox'

let sys: TestSystem
let n = 0
const resident = (openid: string, event: object) => sys.call('resident', openid, event)
const staff = (openid: string, event: object) => sys.call('staff', openid, event)
const someone = () => `box-user-${++n}`

beforeAll(async () => {
  sys = await startTestSystem()
})
afterAll(async () => {
  await sys.stop()
})

async function deliver(to: string, event: string, at: string) {
  const db = sys.cloud.port.database({ throwOnNotFound: false })
  await db.runTransaction((tx) =>
    queueMessage(
      tx,
      {
        event,
        recipient: to,
        template: 'progress',
        data: templateData('progress', { no: '202603001', title: '路灯', note: event, at: new Date(at) }),
        page: 'pages/item/index?id=x',
        title: '办理进展',
        body: `进展 ${event}`,
      },
      new Date(at),
    ),
  )
}

describe('subscriptions.record', () => {
  it('each accept allows one more message of that template; reject, ban and filter allow none', async () => {
    const me = someone()
    expect((await resident(me, { action: 'subscriptions.record', results: { replied: 'accept', accepted: 'reject' } })).data).toEqual({
      counts: { replied: 1, accepted: 0 },
    })
    const again = await resident(me, { action: 'subscriptions.record', results: { replied: 'accept', progress: 'ban', reminder: 'filter' } })
    expect(again.data.counts).toEqual({ replied: 2, progress: 0, reminder: 0 })
  })

  it('refuses unknown or another audience’s templates, more than 3 at once, and odd results', async () => {
    const me = someone()
    const bad = [
      { results: { assigned: 'accept' } },
      { results: { nosuch: 'accept' } },
      { results: { replied: 'yes' } },
      { results: {} },
      { results: { replied: 'accept', accepted: 'accept', progress: 'accept', reminder: 'accept' } },
    ]
    for (const b of bad) expect((await resident(me, { action: 'subscriptions.record', ...b })).error.code).toBe('INVALID_INPUT')
    expect((await staff(DEMO.cadre1, { action: 'subscriptions.record', results: { assigned: 'accept', due: 'accept' } })).ok).toBe(true)
    expect((await staff(me, { action: 'subscriptions.record', results: { assigned: 'accept' } })).error.code).toBe('FORBIDDEN')
  })
})

describe('the 消息 box', () => {
  it('lists the caller’s messages newest first with the unread count, and marks them read', async () => {
    const me = someone()
    await deliver(me, 'a', '2026-03-01T01:00:00Z')
    await deliver(me, 'b', '2026-03-02T01:00:00Z')
    await deliver(me, 'c', '2026-03-03T01:00:00Z')
    const page = await resident(me, { action: 'messages.list', limit: 2 })
    expect(page.data.unread).toBe(3)
    expect(page.data.items.map((m: { body: string }) => m.body)).toEqual(['进展 c', '进展 b'])
    expect(page.data.items[0]).toMatchObject({ title: '办理进展', page: 'pages/item/index?id=x', read: false, createdAt: '2026-03-03T09:00:00+08:00' })
    const rest = await resident(me, { action: 'messages.list', cursor: page.data.nextCursor })
    expect(rest.data.items.map((m: { body: string }) => m.body)).toEqual(['进展 a'])
    expect(rest.data.nextCursor).toBeNull()

    const firstId = page.data.items[0].id
    expect((await resident(me, { action: 'messages.markRead', ids: [firstId] })).data).toEqual({ unread: 2 })
    expect((await resident(me, { action: 'messages.markRead', all: true })).data).toEqual({ unread: 0 })
  })

  it('shows and marks nothing of anyone else’s', async () => {
    const owner = someone()
    const other = someone()
    await deliver(owner, 'private', '2026-03-04T01:00:00Z')
    const mine = await resident(owner, { action: 'messages.list' })
    expect((await resident(other, { action: 'messages.list' })).data).toEqual({ items: [], nextCursor: null, unread: 0 })
    await resident(other, { action: 'messages.markRead', ids: [mine.data.items[0].id] })
    expect((await resident(owner, { action: 'messages.list' })).data.unread).toBe(1)
    expect((await resident(other, { action: 'messages.markRead', ids: [], all: true })).error.code).toBe('INVALID_INPUT')
    expect((await resident(other, { action: 'messages.list', cursor: '1e20' })).error.code).toBe('INVALID_INPUT')
  })
})

describe('two boxes for someone who is both', () => {
  it('a cadre who raised a matter reads resident notices in the resident box and staff notices in the staff one', async () => {
    const db = sys.cloud.port.database({ throwOnNotFound: false })
    const put = (template: 'progress' | 'assigned', event: string) =>
      db.runTransaction((tx) =>
        queueMessage(
          tx,
          {
            event,
            recipient: DEMO.cadre2,
            template,
            data: template === 'progress'
              ? templateData('progress', { no: '1', title: '路灯', note: '进展', at: new Date('2026-03-05T01:00:00Z') })
              : templateData('assigned', { no: '2', title: '井盖', from: '分派', due: new Date('2026-03-05T01:00:00Z') }),
            page: 'pages/item/index?id=x',
            title: template === 'progress' ? '我的诉求有进展' : '新分派的事项',
            body: '—',
          },
          new Date('2026-03-05T01:00:00Z'),
        ),
      )
    await put('progress', 'two-boxes-1')
    await put('assigned', 'two-boxes-2')
    const asResident = await resident(DEMO.cadre2, { action: 'messages.list' })
    const asStaff = await staff(DEMO.cadre2, { action: 'messages.list' })
    expect(asResident.data.items.map((m: { title: string }) => m.title)).toEqual(['我的诉求有进展'])
    expect(asStaff.data.items.map((m: { title: string }) => m.title)).toEqual(['新分派的事项'])
    expect((await resident(DEMO.cadre2, { action: 'messages.markRead', all: true })).data.unread).toBe(0)
    expect((await staff(DEMO.cadre2, { action: 'messages.list' })).data.unread).toBe(1)
  })
})
