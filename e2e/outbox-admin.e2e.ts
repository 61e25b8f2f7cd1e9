/**
 * A subscription message that kept failing is visible to the admin, who sends it again;
 * once the resident has quota, the timer delivers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueMessage } from '../cloudfunctions/messages/outbox'
import { subscriptionId } from '../cloudfunctions/messages/outbox'
import { templateData } from '../domain/messages/templates'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

describe('failed subscription messages', () => {
  it('the admin sees the failed message under 管理 → 消息, sends it again, and the timer delivers it', async () => {
    const db = h.system.cloud.port.database({ throwOnNotFound: false })
    const now = h.system.cloud.clock.now()
    await db.runTransaction((tx) =>
      queueMessage(
        tx,
        {
          event: 'e2e-outbox:reply',
          recipient: DEMO.residentB,
          template: 'replied',
          data: templateData('replied', { no: '202611009', title: '路灯', answer: '已修好', tip: '请评议' }),
          page: 'pages/mine/index',
          title: '您的诉求已答复',
          body: '已修好',
        },
        now,
      ),
    )
    await db.collection('outbox').where({ recipient: DEMO.residentB }).update({ data: { status: 'failed', attempts: 5, lastError: '-1 system error' } })

    const page = await h.pageAs(DEMO.admin)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('admin-entry').click()
    await page.getByTestId('admin-tab-outbox').click()
    await page.getByTestId('outbox-row').first().waitFor()
    expect(await page.getByTestId('outbox-list').textContent()).toContain('答复通知')
    expect(await page.getByTestId('outbox-list').textContent()).toContain('发送失败 5 次')
    await h.shot(page, 'outbox-01-failed')
    await page.locator('[data-testid^="outbox-retry-"]').first().click()
    await page.getByTestId('outbox-empty').waitFor()
    await h.shot(page, 'outbox-02-resent')

    await db.collection('subscriptions').doc(subscriptionId(DEMO.residentB, 'replied')).set({ data: { openid: DEMO.residentB, template: 'replied', count: 1 } })
    h.system.cloud.openapi.addQuota(DEMO.residentB, 'local-tmpl-replied')
    const tick = await fetch(`${h.system.url}/fn/scheduler`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"tick"}' })
    expect(((await tick.json()) as { ok: boolean }).ok).toBe(true)
    const inbox = (await (await fetch(`${h.system.url}/inbox`)).json()) as { messages: { touser: string; templateId: string }[] }
    expect(inbox.messages.filter((m) => m.touser === DEMO.residentB).map((m) => m.templateId)).toEqual(['local-tmpl-replied'])
  })
})
