/**
 * 评事日 from the phone: the leader opens the quarter's report from the workbench and its
 * figures are the stored matters' counts (counted here from the database itself); a
 * 居民代表, whose workbench holds the report alone, rates the last quarter once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { periodInstants, quarterOf, quarterPeriod } from '../domain/kernel/periods'
import { api } from './api'
import { ARTIFACTS, startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const OPINION = '本季度路灯和石桥都修得及时，希望垃圾清运再勤一些'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
  // one more matter this quarter, so the quarter is never empty
  await api(h.system).submit(DEMO.residentA, {
    pointCode: DEMO.pointCode,
    category: '环境卫生',
    content: '小区北门的垃圾桶满了好几天没人清运，气味很大',
    name: '刘桂兰',
    phone: '13912345601',
    address: '新东社区东河路 3 号',
  })
})
afterAll(async () => {
  await h?.stop()
})

describe('评事日', () => {
  it('the leader opens this quarter’s report and its figures match the stored matters', async () => {
    const now = quarterOf(h.system.cloud.clock.now())
    const { start, end } = periodInstants(quarterPeriod(now.year, now.quarter))
    const items = (await h.system.cloud.db.dump('items')).filter((i) => {
      const t = new Date(i.createdAt as string).getTime()
      return i.pointCode === DEMO.pointCode && t >= start.getTime() && t < end.getTime() && i.status !== 'withdrawn'
    })
    const byCategory = new Map<string, number>()
    for (const i of items) byCategory.set(i.category as string, (byCategory.get(i.category as string) ?? 0) + 1)
    expect(items.length).toBeGreaterThan(0)

    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-report').click()
    await page.getByTestId('report').waitFor()
    expect(await page.getByTestId('report-title').textContent()).toContain(`${now.year}年第${now.quarter}季度评事日报告`)
    expect(await page.getByTestId('report-collected').textContent()).toMatch(new RegExp(`^${items.length} 件`))
    for (const [category, n] of byCategory) expect(await page.getByTestId(`report-category-${category}`).textContent()).toBe(`${n} 件`)
    // the contact is masked: the resident's full name and phone appear nowhere
    const text = await page.getByTestId('report').textContent()
    expect(text).not.toContain('刘桂兰')
    expect(text).not.toContain('13912345601')
    expect(await page.getByTestId('report-print').count()).toBe(1)
    expect(await page.getByTestId('report-rate-form').count()).toBe(0)
    await h.shot(page, 'report-01-leader')
    // printed (A4): the picker, the print button and the identity switcher are left off the page
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('report-picker').isVisible()).toBe(false)
    expect(await page.getByTestId('report-print').isVisible()).toBe(false)
    expect(await page.getByTestId('report-figures').isVisible()).toBe(true)
    await page.pdf({ path: `${ARTIFACTS}/report-01-leader.pdf`, format: 'A4' })
    await h.shot(page, 'report-01-leader-print')
    await page.context().close()
  })

  it('a representative’s workbench is the report; they rate the last quarter once', async () => {
    const now = quarterOf(h.system.cloud.clock.now())
    const last = now.quarter === 1 ? { year: now.year - 1, quarter: 4 } : { year: now.year, quarter: now.quarter - 1 }
    const page = await h.pageAs(DEMO.representative)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-report').waitFor()
    expect(await page.getByTestId('workbench-summary').count()).toBe(0)
    expect(await page.getByTestId('workbench-list').count()).toBe(0)
    await page.getByTestId('workbench-report').click()
    await page.getByTestId('report').waitFor()
    await page.getByTestId(`report-year-${last.year}`).click()
    await page.getByTestId(`report-quarter-${last.quarter}`).click()
    await expect.poll(() => page.getByTestId('report-title').textContent()).toContain(`${last.year}年第${last.quarter}季度`)
    await page.getByTestId('report-rate-form').waitFor()
    // nothing chosen: the form says so and sends nothing
    await page.getByTestId('report-rate-submit').click()
    await page.getByTestId('form-error').waitFor()
    await page.getByTestId('report-rate-basic').click()
    await typeInto(page, 'report-rate-opinion', OPINION, 'textarea')
    await h.shot(page, 'report-02-rate')
    await page.getByTestId('report-rate-submit').click()
    await page.locator('.taro__modal').getByText('提交', { exact: true }).click()
    await page.getByTestId('report-my-rating').waitFor()
    expect(await page.getByTestId('report-rate-form').count()).toBe(0)
    expect(await page.getByTestId('report-ratings').textContent()).toContain('孙代表')
    expect(await page.getByTestId('report-rating-counts').textContent()).toContain('基本满意 1')
    await h.shot(page, 'report-03-rated')
    const stored = (await h.system.cloud.db.dump('quarterRatings')).filter((r) => r.openid === DEMO.representative)
    expect(stored).toMatchObject([{ year: last.year, quarter: last.quarter, level: 'basic', opinion: OPINION }])
    await page.context().close()
  })

  it('the leader edits the half-year summary, keeps an unsaved edit, saves and finalises it', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-summary').click()
    await page.getByTestId('summary-draft').waitFor()
    const textarea = page.getByTestId('summary-text').locator('textarea')
    await expect.poll(() => textarea.inputValue()).toContain('民情专递工作小结')
    const edited = `${await textarea.inputValue()}\n\n下一步：每月走访不少于 3 户。`
    await textarea.fill(edited)
    // leaving and coming back keeps the unsaved edit
    await page.reload()
    await page.getByTestId('summary-draft').waitFor()
    await expect.poll(() => textarea.inputValue()).toBe(edited)
    await page.getByTestId('summary-save').click()
    await expect.poll(() => page.getByTestId('summary-draft').textContent()).toContain('第 1 稿')
    await h.shot(page, 'report-04-summary')
    // 28 November: the half-year is not over, so it is finalised early, knowingly
    await page.getByTestId('summary-finalise').click()
    await page.locator('.taro__modal').getByText('提前定稿', { exact: true }).click()
    await page.getByTestId('summary-final').waitFor()
    expect(await page.getByTestId('summary-final-text').textContent()).toContain('每月走访不少于 3 户')
    expect(await page.getByTestId('summary-save').count()).toBe(0)
    await h.shot(page, 'report-05-summary-final')
    const stored = await h.system.cloud.db.dump('summaries')
    expect(stored).toMatchObject([{ status: 'final', text: edited, finalisedByName: '陈书记' }])
    await page.context().close()
  })
})
