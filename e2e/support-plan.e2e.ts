/**
 * 帮扶计划 on the 包片 page, in a real browser against the local cloud: 张建国 opens 幸福路片,
 * sees 孙志刚's and 陈海燕's plans, ends 孙志刚's (after a confirmation), makes a new one
 * visited 每两周 (the draft survives a reload), changes 陈海燕's, and the 月台账 shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const AREA = 'demo-area-xd01-1'
const SUN = `${AREA}-h5`
const CHEN = `${AREA}-h10`
const WHAT = '每两周上门看看孙志刚的身体，帮孩子申请助学金'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
})
afterAll(async () => {
  await h?.stop()
})

const plansOf = async (household: string) => (await h.system.cloud.db.dump('supportPlans')).filter((p) => p.household === household)
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent()

async function openArea(): Promise<Page> {
  const page = await h.pageAs(DEMO.cadre1)
  await page.goto(`${h.system.url}/#/staff/pages/area/index?id=${AREA}`)
  await page.getByTestId('households').waitFor()
  return page
}

describe('帮扶计划 on the area page', () => {
  it('the cadre sees the plans, ends one after confirming, and makes a new one every two weeks', async () => {
    const page = await openArea()
    await expect.poll(() => text(page, `support-${SUN}`)).toContain('有帮扶计划')
    expect(await text(page, `support-${CHEN}`)).toContain('有帮扶计划')
    expect(await text(page, `support-${SUN}`)).toContain('本期 2026-11-01 至 2026-11-30：未走访')
    await h.shot(page, 'support-01-plans')

    // ending asks first; 再想想 leaves the plan as it was
    await page.getByTestId(`support-end-${SUN}`).click()
    await page.locator('.taro__modal').getByText('再想想', { exact: true }).click()
    expect((await plansOf(SUN))[0].active).toBe(true)
    await page.getByTestId(`support-end-${SUN}`).click()
    await page.locator('.taro__modal').getByText('结束', { exact: true }).click()
    await page.getByTestId(`support-make-${SUN}`).waitFor()
    expect((await plansOf(SUN)).map((p) => p.active)).toEqual([false])

    await page.getByTestId(`support-make-${SUN}`).click()
    expect(await page.getByTestId('support-who').locator('input').inputValue()).toBe('张建国')
    await page.getByTestId('support-submit').click()
    await expect.poll(() => text(page, `support-form-${SUN}`)).toContain('帮扶内容')
    expect((await plansOf(SUN)).map((p) => p.active)).toEqual([false])

    // the draft survives leaving the page
    await typeInto(page, 'support-what', WHAT, 'textarea')
    await page.getByTestId('support-every-fortnight').click()
    await page.reload()
    await page.getByTestId(`support-make-${SUN}`).click()
    expect(await page.getByTestId('support-what').locator('textarea').inputValue()).toBe(WHAT)
    expect(await page.getByTestId('support-every-fortnight').getAttribute('aria-checked')).toBe('true')
    await h.shot(page, 'support-02-form')

    await page.getByTestId('support-submit').dblclick()
    await expect.poll(() => text(page, `support-${SUN}`)).toContain('每两周走访')
    expect(await text(page, `support-${SUN}`)).toContain('本期 2026-11-28 至 2026-12-11：未走访')
    const saved = await plansOf(SUN)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ active: true, every: 'fortnight', what: WHAT, who: '张建国' })
    expect(await api(h.system).staff(DEMO.cadre1, { action: 'support.get', id: saved[0]._id })).toMatchObject({ every: 'fortnight', everyLabel: '每两周', active: true, what: WHAT })
    await h.shot(page, 'support-03-made')
    await page.context().close()
  })

  it('he changes 陈海燕’s plan; the 月台账 shows both', async () => {
    const page = await openArea()
    await page.getByTestId(`support-edit-${CHEN}`).click()
    expect(await page.getByTestId('support-who').locator('input').inputValue()).not.toBe('')
    await typeInto(page, 'support-who', '王丽')
    await page.getByTestId('support-every-week').click()
    await page.getByTestId('support-submit').click()
    await expect.poll(() => text(page, `support-${CHEN}`)).toContain('责任人：王丽 · 每周走访')
    expect((await plansOf(CHEN)).map((p) => [p.active, p.every, p.who])).toEqual([[true, 'week', '王丽']])

    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-ledger').click()
    await page.getByTestId('support-section').waitFor()
    await expect.poll(() => text(page, `support-plan-${SUN}`)).toContain('每两周走访')
    expect(await text(page, `support-plan-${SUN}`)).toContain(WHAT)
    expect(await text(page, `support-plan-${CHEN}`)).toContain('责任人 王丽；每周走访')
    await page.context().close()
  })
})
