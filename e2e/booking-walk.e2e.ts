/**
 * 约访 as a resident meets it, in a real browser. The local cloud's today is Saturday
 * 2026-11-28 10:00; xd01 is closed on Wednesday 12-09 (社区活动) and opens an extra 约访
 * on Monday 12-28 at 8:00, day 30. A fresh phone that never answered WeChat's consent sheet
 * sees the closed day on the point page and the booking page, looks 30 days ahead, books,
 * is asked about notices BEFORE the booking is made, and so 预约成功 reaches WeChat. The
 * cadre at the desk is offered 未到 only after the slot; the next day 我的 no longer reads
 * 已预约. The studio xd02 takes no bookings and says how to reach it instead.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { templateIdsFor } from '../cloudfunctions/messages/template-ids'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const WEDNESDAY_1440 = '2026-12-02T06:40:00Z'
const WEDNESDAY_1505 = '2026-12-02T07:05:00Z'
const THURSDAY_1000 = '2026-12-03T02:00:00Z'
const bookingTemplate = templateIdsFor('local-shuoshi')!.booking!

let h: Harness

beforeAll(async () => {
  h = await startHarness()
  const db = h.system.cloud.port.database({ throwOnNotFound: false })
  await db
    .collection('schedules')
    .doc(`schedule-${DEMO.pointCode}`)
    .update({
      data: {
        exceptions: [
          { date: '2026-12-09', closed: true, reason: '社区活动' },
          { date: '2026-12-28', extra: { start: '08:00', end: '09:00', kind: 'booking', slotMinutes: 30, places: 2 } },
        ],
      },
    })
})
afterAll(async () => {
  await h?.stop()
})

/** A fresh phone acting as `openid`: never asked about notices; its clock reads the local cloud's. */
async function freshDevice(openid: string): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
  await context.addInitScript((id) => window.localStorage.setItem('shuoshi.identity', id), openid)
  await context.clock.install({ time: h.system.cloud.clock.now() })
  return context.newPage()
}

const setClock = async (now: string) => {
  const res = await fetch(`${h.system.url}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now }) })
  expect(res.status).toBe(200)
}

const inbox = async () => ((await (await fetch(`${h.system.url}/inbox`)).json()) as { messages: { touser: string; templateId: string }[] }).messages

describe('booking as a resident meets it', () => {
  it('the closed day is announced; the days reach day 30; consent comes before the booking, so 预约成功 reaches WeChat', async () => {
    const page = await freshDevice(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await page.getByTestId('closed-day').first().waitFor()
    expect(await page.getByTestId('closed-days').textContent()).toBe('12月9日（星期三）不开放：社区活动')
    await h.shot(page, 'booking-walk-01-home-closed-day')

    await page.getByTestId('start-booking').click()
    await page.getByTestId('consent-agree').click()
    await page.getByTestId('booking-day').first().waitFor()
    // the point page stays behind it in the H5 build: read the booking page's own notice
    expect(await page.locator('.booking-page').getByTestId('closed-days').textContent()).toBe('12月9日（星期三）不开放：社区活动')
    expect(await page.getByTestId('booking-days-title').textContent()).toBe('1. 选日期（30 天内）')
    const days = await page.getByTestId('booking-day').allTextContents()
    expect(days.map((d) => d.slice(0, d.indexOf('）') + 1))).toEqual(['12月2日（星期三）', '12月16日（星期三）', '12月23日（星期三）', '12月28日（星期一）'])
    await page.getByTestId('booking-day').filter({ hasText: '12月28日' }).click()
    expect(await page.getByTestId('booking-slot').allTextContents()).toEqual([expect.stringContaining('8:00–8:30'), expect.stringContaining('8:30–9:00')])

    await page.getByTestId('booking-day').filter({ hasText: '12月2日' }).click()
    await page.getByTestId('booking-slot').filter({ hasText: '14:30' }).click()
    await page.getByTestId('category-option').filter({ hasText: '政策咨询' }).click()
    await typeInto(page, 'booking-topic', '想问问老旧小区加装电梯的补贴', 'textarea')
    await typeInto(page, 'field-name', '钱奶奶')
    await typeInto(page, 'field-phone', '13700001111')
    await typeInto(page, 'field-address', '新东社区西街3号')
    await page.getByTestId('booking-submit').click()

    // asked first: nothing is booked while the sheet waits for an answer
    await page.getByTestId('notice-consent').waitFor()
    expect(await page.getByTestId('notice-consent-row').allTextContents()).toEqual([expect.stringContaining('预约状态通知')])
    await page.waitForTimeout(500)
    expect(await h.system.cloud.db.dump('bookings')).toHaveLength(0)
    await h.shot(page, 'booking-walk-02-consent-first')
    await page.getByTestId('notice-consent-allow').click()

    await page.getByTestId('booking-done').waitFor()
    await expect.poll(async () => (await inbox()).filter((m) => m.touser === DEMO.residentA).map((m) => m.templateId)).toEqual([bookingTemplate])
    const [booking] = await h.system.cloud.db.dump('bookings')
    expect(booking).toMatchObject({ ownerOpenid: DEMO.residentA, status: 'booked' })
    const outbox = (await h.system.cloud.db.dump('outbox')).filter((m) => m.recipient === DEMO.residentA)
    expect(outbox.map((m) => m.status)).toEqual(['sent'])
    await page.context().close()
  })

  it('at the desk 未到 waits for the slot to end, and says when', async () => {
    await setClock(WEDNESDAY_1440)
    const early = await h.pageAs(DEMO.cadre1)
    await early.goto(`${h.system.url}/#/staff/pages/desk/index`)
    const row = early.getByTestId('desk-row').filter({ hasText: '14:30' })
    await row.waitFor()
    expect(await row.getByTestId('desk-noshow-later').textContent()).toBe('15:00 后可标记未到')
    expect(await row.getByTestId('desk-noShow').count()).toBe(0)
    expect(await row.getByTestId('desk-checkIn').count()).toBe(1)
    await h.shot(early, 'booking-walk-03-desk-before-end')
    await early.context().close()

    await setClock(WEDNESDAY_1505)
    const later = await h.pageAs(DEMO.cadre1)
    await later.goto(`${h.system.url}/#/staff/pages/desk/index`)
    const after = later.getByTestId('desk-row').filter({ hasText: '14:30' })
    await after.getByTestId('desk-noShow').waitFor()
    expect(await after.getByTestId('desk-noshow-later').count()).toBe(0)
    await later.context().close()
  })

  it('the next day, an unsettled booking no longer reads 已预约 in 我的', async () => {
    await setClock(THURSDAY_1000)
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const row = page.getByTestId('booking-row').first()
    await row.waitFor()
    expect(await row.getByTestId('booking-row-status').textContent()).toBe('已过期，未登记到场')
    expect(await row.getByTestId('booking-cancel').count()).toBe(0)
    await h.shot(page, 'booking-walk-04-mine-expired')
    await page.context().close()
  })

  it('the studio takes no bookings: its page and the booking page say so and how to reach it', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.studioCode}`)
    await page.getByTestId('point-no-bookings').waitFor()
    expect(await page.getByTestId('start-booking').count()).toBe(0)
    await h.shot(page, 'booking-walk-05-studio-home')

    await page.goto(`${h.system.url}/#/pages/booking/index?point=${DEMO.studioCode}`)
    await page.getByTestId('consent-agree').or(page.getByTestId('no-bookings')).first().waitFor()
    if (await page.getByTestId('consent-agree').isVisible()) await page.getByTestId('consent-agree').click()
    const card = page.getByTestId('no-bookings')
    await card.waitFor()
    expect(await card.textContent()).toContain('新东社区两代表工作室不用预约')
    expect(await page.getByTestId('no-bookings-hours').textContent()).toContain('每周五上午 9:00–12:00')
    expect(await page.getByTestId('no-bookings-address').textContent()).toBe('新东社区党群服务中心二楼')
    expect(await page.getByTestId('booking-day').count()).toBe(0)
    await h.shot(page, 'booking-walk-06-studio-booking')
    await page.context().close()
  })
})
