import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { templateData, type TemplateKey } from '../../domain/messages/templates'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import { queueMessage, subscriptionId, type NewMessage, type OutboxRecord } from './outbox'
import { drainOutbox, LEASE_MS, MAX_ATTEMPTS, type SenderOptions } from './outbox-sender'
import type { DatabasePort, OpenApiPort } from '../kernel/port'
import { grantedCalls } from '../kernel/openapi-calls'
import { FUNCTION_CONFIGS } from '../configs'
import { permittedOpenApi } from '../../emulator/openapi-permissions'

let sys: TestSystem
let db: DatabasePort
let n = 0
const T0 = new Date('2026-03-02T02:00:00Z')
const TEMPLATE_IDS = Object.fromEntries(
  (['accepted', 'progress', 'replied', 'reminder', 'assigned', 'due'] as TemplateKey[]).map((k) => [k, `tmpl-${k}`]),
) as Record<TemplateKey, string>

beforeAll(async () => {
  sys = await startTestSystem({ seed: false })
  db = sys.cloud.port.database({ throwOnNotFound: false })
})
afterAll(async () => {
  await sys.stop()
})

/** A recipient of their own, so no test sees another's messages. */
const recipient = () => `outbox-user-${++n}`

function reply(to: string, event: string, answer = '路灯已经修好了'): NewMessage {
  return {
    event,
    recipient: to,
    template: 'replied',
    data: templateData('replied', { no: '202603001', title: '村口路灯坏了', answer, tip: '请对办理结果进行评议' }),
    page: 'pages/item/index?id=x',
    title: '您的诉求已答复',
    body: answer,
  }
}

const queue = (m: NewMessage, now = T0) => db.runTransaction((tx) => queueMessage(tx, m, now))

/** The user allowed `count` messages of the template: recorded here and with WeChat. */
async function allow(openid: string, count: number, template: TemplateKey = 'replied') {
  await db.collection('subscriptions').doc(subscriptionId(openid, template)).set({ data: { openid, template, count } })
  sys.cloud.openapi.addQuota(openid, TEMPLATE_IDS[template], count)
}

const drain = (now = T0, extra: Partial<SenderOptions> = {}, openapi: OpenApiPort = sys.cloud.openapi) =>
  drainOutbox(db, openapi, { now, budgetMs: 2_000, templateIds: TEMPLATE_IDS, ...extra })

const outboxOf = async (to: string) =>
  (await db.collection('outbox').where({ recipient: to }).limit(100).get()).data as OutboxRecord[]

describe('queueing', () => {
  it('a retried change queues its message once, in the outbox and the in-app box', async () => {
    const to = recipient()
    await allow(to, 1)
    expect(await queue(reply(to, 'item-1:reply:5'))).toBe('queued')
    expect(await queue(reply(to, 'item-1:reply:5'))).toBe(null)
    expect(await outboxOf(to)).toHaveLength(1)
    expect((await db.collection('messages').where({ recipient: to }).count()).total).toBe(1)
  })

  it('without quota the message is in the box only from the start: nothing is left to send, and it is never sent later', async () => {
    const to = recipient()
    expect(await queue(reply(to, 'item-7:reply:1'))).toBe('in_app_only')
    const [m] = await outboxOf(to)
    expect(m).toMatchObject({ status: 'in_app_only', attempts: 0, quotaSpent: false })
    expect((await db.collection('messages').where({ recipient: to }).count()).total).toBe(1)
    await allow(to, 1)
    await drain()
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(0)
  })
})

describe('sending', () => {
  it('with quota 2, three moments: two sent to WeChat, the third in the app only; all three in the box', async () => {
    const to = recipient()
    await allow(to, 2)
    for (const step of [1, 2, 3]) await queue(reply(to, `item-2:reply:${step}`))
    await drain()
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(2)
    expect((await outboxOf(to)).map((m) => m.status).sort()).toEqual(['in_app_only', 'sent', 'sent'])
    expect((await db.collection('messages').where({ recipient: to }).count()).total).toBe(3)
  })

  it('a 1,000-character answer still fits its keyword, and WeChat (the emulator) takes it', async () => {
    const to = recipient()
    await allow(to, 1)
    await queue(reply(to, 'item-3:reply:1', '这是一条很长的答复。'.repeat(100)))
    await drain()
    const [sent] = sys.cloud.openapi.inbox(to)
    expect([...sent.data.thing3.value].length).toBeLessThanOrEqual(20)
    expect(sent.page).toBe('pages/item/index?id=x')
  })

  it('two senders at once send each message once', async () => {
    const to = recipient()
    await allow(to, 5)
    for (const step of [1, 2, 3, 4, 5]) await queue(reply(to, `item-4:reply:${step}`))
    await Promise.all([drain(), drain(), drain()])
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(5)
    expect((await outboxOf(to)).every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true)
  })

  it('a sender dying between claim and send: nothing is sent until the lease runs out, then once', async () => {
    const to = recipient()
    await allow(to, 1)
    await queue(reply(to, 'item-5:reply:1'))
    const crash = () => {
      throw new Error('killed between claim and send')
    }
    await expect(drain(T0, { afterClaim: crash })).rejects.toThrow(/killed/)
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(0)
    await drain(new Date(T0.getTime() + LEASE_MS - 1))
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(0)
    await drain(new Date(T0.getTime() + LEASE_MS))
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(1)
    await drain(new Date(T0.getTime() + 10 * LEASE_MS))
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(1)
    // the quota was taken once, by the claim that died
    const sub = (await db.collection('subscriptions').doc(subscriptionId(to, 'replied')).get()).data
    expect(sub?.count).toBe(0)
  })

  it('WeChat saying 43101 makes the message in-app only, not retried', async () => {
    const to = recipient()
    await db.collection('subscriptions').doc(subscriptionId(to, 'replied')).set({ data: { openid: to, template: 'replied', count: 1 } })
    await queue(reply(to, 'item-6:reply:1'))
    await drain()
    const [m] = await outboxOf(to)
    expect(m).toMatchObject({ status: 'in_app_only', lastError: expect.stringMatching(/^43101/) })
  })

  it('a passing failure is retried with backoff, at most 5 times, then failed', async () => {
    const to = recipient()
    await allow(to, 1)
    await queue(reply(to, 'item-7:reply:1'))
    let calls = 0
    const flaky: OpenApiPort = {
      ...sys.cloud.openapi,
      subscribeMessage: {
        send: async () => {
          calls++
          throw Object.assign(new Error('system busy'), { errCode: -1, errMsg: 'system busy' })
        },
      },
    }
    // a far-future message of its own: this test's sender sees nothing of the others'
    let now = new Date('2030-01-01T00:00:00Z')
    await db.collection('outbox').where({ recipient: to }).update({ data: { nextAttemptAt: now } })
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await drain(now, {}, flaky)
      expect(calls).toBe(attempt)
      expect((await outboxOf(to))[0].status).toBe(attempt < MAX_ATTEMPTS ? 'queued' : 'failed')
      await drain(now, {}, flaky) // not again before its time
      expect(calls).toBe(attempt)
      now = new Date(now.getTime() + 60 * 60_000)
    }
    await drain(now, {}, flaky)
    expect(calls).toBe(MAX_ATTEMPTS)
    expect((await outboxOf(to))[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS })
  })

  it('a function not granted 云调用 (-604101) fails the message at once, saying so, and does not try again', async () => {
    const to = recipient()
    await allow(to, 1)
    await queue(reply(to, 'item-8:reply:1'))
    // the scheduler's own grants, less subscribeMessage.send: refused as CloudBase refuses
    const granted = grantedCalls(FUNCTION_CONFIGS.scheduler).filter((c) => c !== 'subscribeMessage.send')
    const refused = permittedOpenApi(sys.cloud.openapi, granted)
    let now = new Date('2031-01-01T00:00:00Z')
    await db.collection('outbox').where({ recipient: to }).update({ data: { nextAttemptAt: now } })
    await drain(now, {}, refused)
    expect((await outboxOf(to))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('云调用未授权') })
    now = new Date(now.getTime() + 24 * 60 * 60_000)
    await drain(now, {}, refused)
    expect((await outboxOf(to))[0]).toMatchObject({ status: 'failed', attempts: 1 })
    expect(sys.cloud.openapi.inbox(to)).toEqual([])
  })
})

describe('what admins see of the outbox', () => {
  it('lists failed messages without their fields, and sends one again', async () => {
    for (const [openid, role] of [['outbox-admin', 'admin'], ['outbox-cadre', 'cadre']]) {
      await db.collection('staff').doc(openid).set({ data: { openid, name: role, roles: [role], points: [], active: true } })
    }
    const to = recipient()
    await queue(reply(to, 'item-8:reply:1'))
    await db.collection('outbox').where({ recipient: to }).update({ data: { status: 'failed', attempts: MAX_ATTEMPTS, lastError: '-1 busy' } })
    const list = await sys.call('staff', 'outbox-admin', { action: 'outbox.list', status: 'failed', limit: 50 })
    const mine = list.data.items.find((m: { recipient: string }) => m.recipient === to)
    expect(mine).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: '-1 busy', template: 'replied' })
    expect(JSON.stringify(mine)).not.toContain('路灯')
    expect((await sys.call('staff', 'outbox-cadre', { action: 'outbox.list', status: 'failed' })).error.code).toBe('FORBIDDEN')
    expect((await sys.call('staff', 'outbox-cadre', { action: 'outbox.retry', id: mine.id })).error.code).toBe('FORBIDDEN')

    const retried = await sys.call('staff', 'outbox-admin', { action: 'outbox.retry', id: mine.id })
    expect(retried.data).toMatchObject({ status: 'queued', attempts: 0 })
    expect((await sys.call('staff', 'outbox-admin', { action: 'outbox.retry', id: mine.id })).error.code).toBe('CONFLICT')
    await allow(to, 1)
    await drain(new Date('2030-06-01T00:00:00Z'))
    expect(sys.cloud.openapi.inbox(to)).toHaveLength(1)
  })
})
