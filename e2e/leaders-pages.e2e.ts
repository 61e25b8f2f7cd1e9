/**
 * The leaders' pages as a leader and a 居民代表 meet them: the quarter's report printed
 * whole, 走访 naming each cadre's point, a half-year summary that opening does not write,
 * the export's label that flips its switch, a representative's workbench that asks
 * nothing it would be refused, and an admin's that still leads to 公开审核.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { ARTIFACTS, startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

/** The staff function's answers the page got, by action. */
function recordStaffCalls(page: Page) {
  const calls: { action: string; code: string | null }[] = []
  page.on('response', async (res) => {
    if (!res.url().endsWith('/fn/staff')) return
    const action = String(JSON.parse(res.request().postData() ?? '{}').action)
    const body = await res.json().catch(() => null)
    calls.push({ action, code: body?.ok === false ? String(body.error?.code) : null })
  })
  return calls
}

// A4 (297 mm) less the report's 15 mm margins, in CSS px (96 per inch)
const A4_CONTENT_PX = ((297 - 30) / 25.4) * 96
const A4_WIDTH_PX = Math.round(((210 - 30) / 25.4) * 96)

describe('the leaders’ pages', () => {
  it('prints the whole quarter’s report, every section on paper', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/report/index`)
    await page.getByTestId('report-ratings').waitFor()
    // laid out as on paper: print media at the A4 text width
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 900 })
    await page.emulateMedia({ media: 'print' })
    const needed = await page.getByTestId('report').evaluate((el) => el.getBoundingClientRect().height)
    expect(needed).toBeGreaterThan(A4_CONTENT_PX)
    expect(await page.getByTestId('report-ratings').isVisible()).toBe(true)
    const pdf = await page.pdf({ path: `${ARTIFACTS}/leaders-01-report.pdf`, format: 'A4' })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    // cut off at the first page today: the report scrolls inside a fixed-height frame
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(needed / A4_CONTENT_PX))
    await page.context().close()
  })

  it('names the point of each cadre’s 走访 row; a cadre of two points is two named rows', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
    await page.getByTestId('figure-visits').waitFor({ timeout: 20_000 })
    const rows = page.getByTestId('figures-visit').filter({ hasText: '张建国' })
    expect(await rows.count()).toBeGreaterThan(1)
    const texts = await rows.allTextContents()
    expect(texts.filter((t) => t.includes('新东社区民情说事点')).length).toBeGreaterThan(0)
    expect(texts.filter((t) => t.includes('工作室')).length).toBeGreaterThan(0)
    expect(new Set(texts).size).toBe(texts.length)
    await h.shot(page, 'leaders-02-visits')
    await page.context().close()
  })

  it('opens the half-year summary without writing it; 定稿 early asks and says why', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/summary/index`)
    await page.getByTestId('summary-draft').waitFor()
    await expect.poll(() => page.getByTestId('summary-text').locator('textarea').inputValue()).toContain('民情专递工作小结')
    expect(await h.system.cloud.db.dump('summaries')).toEqual([])
    // 28 November: the second half-year runs to 31 December
    await page.getByTestId('summary-finalise').click()
    const modal = page.locator('.taro__modal')
    await expect.poll(() => modal.textContent()).toContain('12月31日')
    expect(await modal.textContent()).toContain('提前定稿')
    await h.shot(page, 'leaders-03-summary-early')
    await modal.getByText('再看看', { exact: true }).click()
    expect(await h.system.cloud.db.dump('summaries')).toEqual([])
    await page.context().close()
  })

  it('turns 含完整个人信息 on from its label', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/exports/index`)
    await page.getByTestId('export-unmasked').waitFor()
    await page.getByText('含完整个人信息', { exact: true }).click()
    await expect.poll(() => page.getByTestId('export-unmasked-note').textContent()).toContain('含居民的姓名、电话和地址')
    await page.getByText('含完整个人信息', { exact: true }).click()
    await expect.poll(() => page.getByTestId('export-unmasked-note').textContent()).toContain('默认隐去')
    await page.context().close()
  })

  it('a representative’s workbench asks for nothing it is refused', async () => {
    const page = await h.pageAs(DEMO.representative)
    const calls = recordStaffCalls(page)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-report').waitFor()
    await page.waitForTimeout(1500)
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.filter((c) => c.code !== null)).toEqual([])
    await page.context().close()
  })

  it('an admin-only account, who has no queue, finds 公开审核 on the workbench and reaches it', async () => {
    const page = await h.pageAs(DEMO.admin)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-forbidden').waitFor()
    await expect.poll(() => page.getByTestId('workbench-board-review-count').textContent()).toMatch(/待审核/)
    await page.getByTestId('workbench-board-review').click()
    await page.locator('[data-testid="review-empty"], [data-testid="review-list"]').first().waitFor()
    expect(await page.getByTestId('review-forbidden').count()).toBe(0)
    await page.context().close()
  })
})
