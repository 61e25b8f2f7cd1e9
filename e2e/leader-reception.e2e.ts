/**
 * 挂点 leaders in a real browser: the point's home page posts which leaders receive when
 * and what they answer for (领导接访公示), and a resident books the county leader's
 * reception like any other slot; the township leader sees on their 民情日记 that they are
 * one visit short, and the county leader's 数字 lists who is behind and by how much.
 * The local cloud's today is Saturday 2026-11-28: the next Wednesdays are 12-02 and 12-09.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { DEMO_LEADERS, seedLeaders } from '../emulator/seed-leaders'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
  await seedLeaders(h.system.cloud.port.database({ throwOnNotFound: false }), h.system.cloud.clock.now())
})
afterAll(async () => {
  await h?.stop()
})

describe('领导接访公示 on the point’s home page', () => {
  it('lists the leaders who come, when and what for, and books the county leader’s reception', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    const rows = page.getByTestId('leader-reception')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(2)
    const county = (await rows.nth(0).textContent()) ?? ''
    expect(county).toContain('周建华')
    expect(county).toContain('副县长 · 县级领导')
    expect(county).toContain('12月2日（星期三）')
    expect(county).toContain('14:30')
    expect(county).toContain('负责：分管民政、社会保障')
    const township = (await rows.nth(1).textContent()) ?? ''
    expect(township).toMatch(/吴晓东.*副镇长 · 乡镇（街道）领导.*12月9日（星期三）.*负责：分管城建、环境整治/)
    // resident-facing: no openid, no phone
    const posted = (await page.getByTestId('leader-receptions').textContent()) ?? ''
    expect(posted).not.toMatch(/demo-|1\d{10}/)
    await page.getByTestId('leader-receptions').scrollIntoViewIfNeeded()
    await h.shot(page, 'leader-reception-01-home')

    await rows.nth(0).getByTestId('leader-reception-book').click()
    await page.getByTestId('consent-agree').waitFor()
    await page.getByTestId('consent-agree').click()
    // the booking page opens on the reception's day
    await expect.poll(() => page.locator('[data-testid="booking-day"].is-selected').first().textContent()).toContain('12月2日')
    await page.getByTestId('booking-slot').filter({ hasText: '14:30' }).first().click()
    await page.getByTestId('category-option').filter({ hasText: '政策咨询' }).click()
    await typeInto(page, 'booking-topic', '想当面问问高龄津贴的申请', 'textarea')
    await typeInto(page, 'field-name', '张三')
    await typeInto(page, 'field-phone', '13812345678')
    await typeInto(page, 'field-address', '新东社区幸福路12号')
    await page.getByTestId('booking-submit').click()
    await page.getByTestId('booking-done').waitFor()
    expect(await page.getByTestId('done-duty').textContent()).toContain('周建华（分管民政、社会保障）')
    await h.shot(page, 'leader-reception-02-booked')
    const bookings = await h.system.cloud.db.dump('bookings')
    expect(bookings).toEqual([expect.objectContaining({ ownerOpenid: DEMO.residentA, status: 'booked', pointCode: DEMO.pointCode })])
  })
})

describe('挂点 progress for the leaders', () => {
  it('shows the township leader their quota and how far behind on 民情日记', async () => {
    const page = await h.pageAs(DEMO_LEADERS.townshipA)
    await page.goto(`${h.system.url}/#/staff/pages/diary/index`)
    const card = page.getByTestId('diary-leader')
    await card.waitFor()
    const text = (await card.textContent()) ?? ''
    expect(text).toContain('挂点：新东社区民情说事点（乡镇（街道）领导）')
    expect(text).toContain('本月已到挂点 1 次')
    expect(text).toContain('每月到挂点至少 3 次')
    expect(await page.getByTestId('diary-leader-behind').textContent()).toContain('还差 2 次，本月还剩 3 天')
    await h.shot(page, 'leader-reception-03-diary')
  })

  it('lists on the county leader’s 数字 who is behind and by how much', async () => {
    const page = await h.pageAs(DEMO_LEADERS.county)
    await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
    const rows = page.getByTestId('figures-leader')
    await rows.first().waitFor()
    const texts = await rows.allTextContents()
    expect(texts).toHaveLength(3)
    expect(texts[0]).toMatch(/郑丽 · 乡镇（街道）领导.*0 \/ 3 次.*还差 3 次/)
    expect(texts[1]).toMatch(/吴晓东.*1 \/ 3 次.*还差 2 次/)
    expect(texts[2]).toMatch(/周建华 · 县级领导.*2 \/ 2 次.*已达到本月要求/)
    await page.getByTestId('figure-leaders').scrollIntoViewIfNeeded()
    await h.shot(page, 'leader-reception-04-figures')
  })
})
