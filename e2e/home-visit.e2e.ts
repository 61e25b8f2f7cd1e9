/**
 * 上门走访 and 重新预约 in a real browser against the local cloud. Resident 甲, who cannot
 * come to the point, asks for a home visit from the booking page (the day on a date
 * picker, 上午, the contact filled in from the last registration); cadre 李秀英 finds it
 * masked in 上门走访, takes it and sets the date; 甲 sees the date and the cadre in 我的
 * and a message in 消息; the cadre calls it off with a reason, which 甲 reads, and asks again
 * in one tap. Then the office cancels 乙's booking with a reason: 乙 reads the
 * reason in 我的, and 重新预约 opens the booking page with the matter filled in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaYmd } from '../domain/kernel/display-dates'
import { DEMO } from '../emulator/seed'
import { dayLabel } from '../src/lib/bookingText'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const TOPIC = '老伴腿脚不便，想问问残疾人两项补贴怎么申请'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

describe('上门走访', () => {
  it('the resident asks, a cadre sets the date, the resident sees it in 我的 and in 消息', async () => {
    const tomorrow = chinaYmd(h.system.cloud.clock.now(), 1)
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.evaluate(() =>
      window.localStorage.setItem('shuoshi.lastContact', JSON.stringify({ data: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号', workUnit: '' } })),
    )
    await page.goto(`${h.system.url}/#/pages/booking/index?point=${DEMO.pointCode}`)
    await page.getByTestId('consent-agree').waitFor()
    await page.getByTestId('consent-agree').click()
    await page.getByTestId('home-visit-entry').waitFor()
    await h.shot(page, 'home-visit-01-entry')
    await page.getByTestId('home-visit-entry').click()

    // the contact comes filled in; the days come from a picker, nothing typed
    await page.getByTestId('hv-form').waitFor()
    expect(await page.getByTestId('hv-address').locator('input').inputValue()).toBe('新东社区幸福路12号')
    expect(await page.getByTestId('hv-name').locator('input').inputValue()).toBe('张三')
    expect(await page.getByTestId('hv-phone').locator('input').inputValue()).toBe('13812345678')
    await typeInto(page, 'hv-topic', TOPIC, 'textarea')
    await page.getByTestId('hv-submit').click()
    expect(await page.getByTestId('hv-form').textContent()).toContain('请至少选一个方便的日期')
    await page.getByTestId('hv-date-add').click()
    const picker = page.locator('.nut-picker').filter({ hasText: '选择方便的日期' })
    await picker.waitFor()
    await picker.locator('.nut-picker-confirm-btn').click()
    await expect.poll(() => page.getByTestId('hv-date').first().textContent()).toContain(dayLabel(tomorrow).replace(/（.*/, ''))
    await page.getByTestId('hv-time-am').click()
    await h.shot(page, 'home-visit-02-form')
    await page.getByTestId('hv-submit').dblclick()
    await page.getByTestId('hv-done').waitFor()
    expect(await page.getByTestId('hv-done').textContent()).toContain('上午')
    const requests = (await h.system.cloud.db.dump('homeVisits')).filter((v) => v.ownerOpenid === DEMO.residentA)
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({ status: 'pending', address: '新东社区幸福路12号', preferred: { dates: [tomorrow], time: 'am' } })
    await h.shot(page, 'home-visit-03-done')

    // 李秀英 takes it from the workbench
    const cadre = await h.pageAs(DEMO.cadre2)
    await cadre.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await cadre.getByTestId('workbench-home-visits').click()
    const row = cadre.getByTestId('hv-staff-row').filter({ hasText: TOPIC })
    await row.waitFor()
    expect(await row.textContent()).toContain('张* 138****5678')
    expect(await row.textContent()).not.toContain('幸福路12号')
    await h.shot(cadre, 'home-visit-04-staff-list')
    await row.getByTestId('hv-take').click()
    expect(await row.getByTestId('hv-schedule-date-value').textContent()).toContain(dayLabel(tomorrow).replace(/（.*/, ''))
    await row.getByTestId('hv-schedule-time-09:30').click()
    await h.shot(cadre, 'home-visit-05-schedule')
    await row.getByTestId('hv-schedule-submit').click()
    await cadre.getByTestId('hv-notice').waitFor()
    await cadre.getByTestId('hv-tab-scheduled').click()
    const taken = cadre.getByTestId('hv-staff-row').filter({ hasText: TOPIC })
    await taken.waitFor()
    expect(await taken.textContent()).toContain('新东社区幸福路12号')
    expect(await taken.getByTestId('hv-staff-when').textContent()).toContain('您将在')
    await h.shot(cadre, 'home-visit-06-staff-scheduled')

    // 甲 sees the date and the cadre in 我的, and the message
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const mine = page.getByTestId('hv-row').first()
    await mine.waitFor()
    await expect.poll(() => mine.getByTestId('hv-status').textContent()).toBe('已安排')
    expect(await mine.getByTestId('hv-scheduled').textContent()).toBe(`李秀英将在 ${dayLabel(tomorrow)} 9:30 上门`)
    await h.shot(page, 'home-visit-07-mine')
    await page.getByTestId('messages-entry').click()
    const message = page.getByTestId('message-row').filter({ hasText: '上门走访已安排' })
    await message.waitFor()
    expect(await message.textContent()).toContain('李秀英将在')
    await h.shot(page, 'home-visit-08-message')
    // the message opens 我的, where the visit is
    await message.click()
    await page.getByTestId('hv-row').first().waitFor()

    // the cadre has to call it off: the resident reads why, and can ask again in one tap
    await taken.getByTestId('hv-call-off').click()
    await typeInto(cadre, 'hv-cancel-reason', '临时要去镇里开会，请重新申请')
    await taken.getByTestId('hv-cancel-submit').click()
    await expect.poll(() => cadre.getByTestId('hv-notice').textContent()).toContain('已取消这次上门走访')
    await cadre.context().close()
    await page.reload()
    const called = page.getByTestId('hv-row').first()
    await expect.poll(() => called.getByTestId('hv-status').textContent()).toBe('已取消')
    expect(await called.getByTestId('hv-office-reason').textContent()).toBe('说事点取消了这次上门走访：临时要去镇里开会，请重新申请')
    expect(await called.getByTestId('hv-scheduled').textContent()).toBe(`原定李秀英在 ${dayLabel(tomorrow)} 9:30 上门`)
    await h.shot(page, 'home-visit-09-called-off')
    await called.getByTestId('hv-again').click()
    await page.getByTestId('hv-topic').locator('textarea').waitFor()
    await expect.poll(() => page.getByTestId('hv-topic').locator('textarea').inputValue()).toBe(TOPIC)
    await page.context().close()
  })

  it('an office cancellation shows its reason, and 重新预约 opens the booking page with the matter filled in', async () => {
    const system = api(h.system)
    const { openings } = await system.resident(DEMO.residentB, { action: 'slots.list', pointCode: DEMO.pointCode, days: 14 })
    // a slot on a later day, well past the 2 hours' notice
    const later = openings.filter((o: { date: string }) => o.date > chinaYmd(h.system.cloud.clock.now()))
    const slot = later.flatMap((o: { slots: { id: string; left: number }[] }) => o.slots).find((s: { left: number }) => s.left > 0)
    const booking = await system.resident(DEMO.residentB, {
      action: 'booking.create',
      requestId: 'e2e-rebook-0000000001',
      slotId: slot.id,
      category: '物业管理',
      topic: '楼道灯坏了没人修',
      contact: { name: '李四', phone: '13900002222', address: '新东社区和平路2号' },
    })
    await system.staff(DEMO.cadre1, { action: 'booking.cancelByStaff', id: booking.id, reason: '当天值班干部要去镇里开会' })

    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const row = page.getByTestId('booking-row').filter({ hasText: '楼道灯坏了没人修' })
    await row.waitFor()
    expect(await row.getByTestId('booking-office-reason').textContent()).toBe('说事点取消了这次预约：当天值班干部要去镇里开会')
    await h.shot(page, 'home-visit-10-cancelled')
    await row.getByTestId('booking-rebook').click()
    await page.getByTestId('consent-agree').or(page.getByTestId('booking-topic')).first().waitFor()
    if (await page.getByTestId('consent-agree').isVisible()) await page.getByTestId('consent-agree').click()
    await page.getByTestId('booking-topic').locator('textarea').waitFor()
    await expect.poll(() => page.getByTestId('booking-topic').locator('textarea').inputValue()).toBe('楼道灯坏了没人修')
    expect(await page.locator('[data-testid="category-option"].is-selected').textContent()).toBe('物业管理')
    await h.shot(page, 'home-visit-11-rebook')
    await page.context().close()
  })
})
