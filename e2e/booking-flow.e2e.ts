/**
 * 约访 in a real browser against the local cloud: resident 甲 opens the talk point from its
 * QR scene, sees the next openings, books the first Wednesday's 14:30 slot and finds it
 * under 我的; 乙 takes the last place while a third resident is choosing, who is told the
 * slot is full; a fourth sees it 已约满 and cannot book it; 甲 cancels and a place is free
 * again. The local cloud's today is Saturday 2026-11-28, so the first Wednesday is 12-02.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const RESIDENT_C = 'e2e-resident-c'
const RESIDENT_D = 'e2e-resident-d'
const DAY = '12月2日'
const TIME = '14:30'

let h: Harness
let slotId = ''

beforeAll(async () => {
  h = await startHarness()
  const page = await api(h.system).resident(DEMO.residentA, { action: 'slots.list', pointCode: DEMO.pointCode })
  const wednesday = page.openings.find((o: { date: string; kind: string }) => o.date === '2026-12-02' && o.kind === 'booking')
  slotId = wednesday.slots.find((s: { start: string }) => s.start === TIME).id
})
afterAll(async () => {
  await h?.stop()
})

/** Opens 预约说事 at the demo point, past the privacy notice, and picks the day. */
async function openBooking(page: Page) {
  await page.goto(`${h.system.url}/#/pages/booking/index?point=${DEMO.pointCode}`)
  await page.getByTestId('consent-agree').or(page.getByTestId('booking-day').first()).first().waitFor()
  if (await page.getByTestId('consent-agree').isVisible()) await page.getByTestId('consent-agree').click()
  await page.getByTestId('booking-day').filter({ hasText: DAY }).click()
}

const slot = (page: Page) => page.getByTestId('booking-slot').filter({ hasText: TIME })

const bookViaApi = (openid: string, name: string) =>
  api(h.system).resident(openid, {
    action: 'booking.create',
    requestId: `e2e-book-${openid}`.padEnd(20, '0'),
    slotId,
    category: '政策咨询',
    topic: '想问问养老补贴怎么申请',
    contact: { name, phone: '13900001111', address: '新东社区和平路1号' },
  })

describe('a resident books a talk with the cadres', () => {
  it('sees the next openings on the point page and books the first Wednesday 14:30', async () => {
    const page = await h.pageAs(DEMO.residentA)
    // the contact the registration form remembered on this phone
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.evaluate(() =>
      window.localStorage.setItem('shuoshi.lastContact', JSON.stringify({ data: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号', workUnit: '' } })),
    )
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    const openings = page.getByTestId('opening-row')
    await openings.first().waitFor()
    const roster = (await page.getByTestId('next-openings').textContent()) ?? ''
    expect(roster).toContain(`${DAY}（星期三）`)
    expect(roster).toContain('说事日接待')
    expect(roster).toContain('14:30')
    expect(roster).toContain('约访')
    await page.getByTestId('next-openings').scrollIntoViewIfNeeded()
    await h.shot(page, 'booking-01-home')

    await page.getByTestId('start-booking').click()
    await page.getByTestId('consent-agree').waitFor()
    await page.getByTestId('consent-agree').click()
    await page.getByTestId('booking-day').filter({ hasText: DAY }).click()
    expect(await page.getByTestId('booking-rules').textContent()).toContain('开始前 2 小时之前可以免费取消')
    await slot(page).click()
    await page.getByTestId('category-option').filter({ hasText: '政策咨询' }).click()
    await typeInto(page, 'booking-topic', '想问问老旧小区加装电梯的补贴', 'textarea')
    // prefilled from the last contact
    expect(await page.getByTestId('field-name').locator('input').inputValue()).toBe('张三')
    expect(await page.getByTestId('field-phone').locator('input').inputValue()).toBe('13812345678')
    await h.shot(page, 'booking-02-form')

    // leaving and coming back keeps the draft
    await page.reload()
    await page.getByTestId('booking-topic').locator('textarea').waitFor()
    await expect.poll(() => page.getByTestId('booking-topic').locator('textarea').inputValue()).toBe('想问问老旧小区加装电梯的补贴')
    await expect.poll(() => page.locator('[data-testid="booking-slot"].is-selected').textContent()).toContain(TIME)

    // a double tap books once
    await page.getByTestId('booking-submit').dblclick()
    await page.getByTestId('booking-done').waitFor()
    const done = (await page.getByTestId('booking-done').textContent()) ?? ''
    expect(done).toContain(`${DAY}（星期三）`)
    expect(done).toContain('14:30')
    expect(done).toContain('新东社区民情说事点')
    expect(done).toContain('取消')
    // the cadre on duty that afternoon, as the demo roster posts it
    expect(await page.getByTestId('done-duty').textContent()).toBe('接待王志强（邻里纠纷、治安消防）')
    await h.shot(page, 'booking-03-done')
    const bookings = await h.system.cloud.db.dump('bookings')
    expect(bookings).toHaveLength(1)
    expect(bookings[0]).toMatchObject({ ownerOpenid: DEMO.residentA, status: 'booked', category: '政策咨询' })

    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const row = page.getByTestId('booking-row')
    await row.first().waitFor()
    expect(await row.first().textContent()).toContain('已预约')
    expect(await row.first().textContent()).toContain(DAY)
    await h.shot(page, 'booking-04-mine')
    await page.context().close()
  })

  it('tells a third resident the slot filled up while they chose, and shows it full', async () => {
    const page = await h.pageAs(RESIDENT_C)
    await openBooking(page)
    expect(await slot(page).textContent()).toContain('剩 1 个')
    await slot(page).click()
    await page.getByTestId('category-option').filter({ hasText: '政策咨询' }).click()
    await typeInto(page, 'booking-topic', '想问问低保的申请条件', 'textarea')
    await typeInto(page, 'field-name', '王五')
    await typeInto(page, 'field-phone', '13700002222')
    await typeInto(page, 'field-address', '新东社区和平路3号')

    await bookViaApi(DEMO.residentB, '李四') // 乙 takes the last place meanwhile
    await page.getByTestId('booking-submit').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('该时段已约满，请选择其他时段')
    await expect.poll(() => slot(page).textContent()).toContain('已约满')
    await slot(page).scrollIntoViewIfNeeded()
    await h.shot(page, 'booking-05-conflict')
    expect((await h.system.cloud.db.dump('bookings')).filter((b) => b.status === 'booked')).toHaveLength(2)
    await page.context().close()
  })

  it('shows a fourth resident the slot 已约满, not bookable; 甲 cancels and a place is free again', async () => {
    const page = await h.pageAs(RESIDENT_D)
    await openBooking(page)
    await expect.poll(() => slot(page).textContent()).toContain('已约满')
    expect(await slot(page).getAttribute('aria-disabled')).toBe('true')
    await slot(page).click({ force: true }) // a tap on it picks nothing
    expect(await page.locator('[data-testid="booking-slot"].is-selected').count()).toBe(0)
    await page.getByTestId('booking-submit').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('请先选择一个时段')
    await slot(page).scrollIntoViewIfNeeded()
    await h.shot(page, 'booking-06-full')

    const a = await h.pageAs(DEMO.residentA)
    await a.goto(`${h.system.url}/#/pages/mine/index`)
    await a.getByTestId('booking-cancel').first().click()
    await a.getByTestId('booking-cancel-dialog').waitFor()
    await h.shot(a, 'booking-07-cancel-dialog')
    await a.getByTestId('booking-cancel-confirm').click()
    await expect.poll(() => a.getByTestId('booking-row').first().textContent()).toContain('已取消')
    expect(await a.getByTestId('booking-cancel').count()).toBe(0)
    await h.shot(a, 'booking-08-cancelled')
    await a.context().close()

    await page.reload()
    await expect.poll(() => slot(page).textContent()).toContain('剩 1 个')
    await slot(page).click()
    await expect.poll(() => page.locator('[data-testid="booking-slot"].is-selected').count()).toBe(1)
    await slot(page).scrollIntoViewIfNeeded()
    await h.shot(page, 'booking-09-place-again')
    await page.context().close()
  })
})
