/**
 * 月台账 as a 包片 cadre and the point's leader meet it: 张建国 records a visit, opens his
 * area's month from the 工作台 (households, 走访率, the matters, the 帮扶 plans), writes the
 * remarks (the draft survives leaving the page), looks back at last month's confirmed
 * ledger and prints this one on A4; 陈书记 then confirms it, and the month is frozen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
  // a visit this month to a 幸福路片 household, as the diary records it
  await api(h.system).staff(DEMO.cadre1, {
    action: 'visits.create',
    requestId: 'e2e-ledger-visit-1',
    pointCode: DEMO.pointCode,
    form: 'homeVisit',
    visitedAt: '2026-11-27',
    household: { address: '幸福路14号3单元502', met: '陈海燕' },
    heard: '今年失业，正在找工作，孩子上学的开销有些吃紧',
  })
})
afterAll(async () => {
  await h?.stop()
})

const sheet = (page: Page) => page.getByTestId('ledger-sheet').textContent()

async function openFromWorkbench(who: string): Promise<Page> {
  const page = await h.pageAs(who)
  await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
  await page.getByTestId('workbench-ledger').click()
  await page.getByTestId('ledger-sheet').waitFor()
  return page
}

describe('月台账: a cadre’s month of their area, confirmed by the leader', () => {
  it('the cadre reads the month made from the records, writes the remarks and prints it', async () => {
    const page = await openFromWorkbench(DEMO.cadre1)
    expect(await page.getByTestId('ledger-month-label').textContent()).toBe('2026年11月')
    const text = await sheet(page)
    expect(text).toContain('幸福路片')
    expect(text).toContain('12 户')
    expect(text).toContain('3 户，走访率 25%')
    expect(text).toContain('迁入 2 户，迁出 1 户，新增困难群众 1 户')
    expect(text).toContain('未确认')
    expect(await page.getByTestId('support-plan-demo-area-xd01-1-h10').textContent()).toContain('已走访')
    expect(await page.getByTestId('support-plan-demo-area-xd01-1-h5').textContent()).toContain('未走访')
    await h.shot(page, 'ledger-01-cadre')

    // the draft survives leaving the page
    await typeInto(page, 'ledger-remarks', '本月走访三户，陈海燕家已联系社区就业服务。', 'textarea')
    await page.goBack()
    await page.getByTestId('workbench-ledger').click()
    await page.getByTestId('ledger-remarks').waitFor()
    expect(await page.getByTestId('ledger-remarks').locator('textarea').inputValue()).toBe('本月走访三户，陈海燕家已联系社区就业服务。')
    await page.getByTestId('ledger-remarks-save').click()
    await expect.poll(() => sheet(page)).toContain('陈海燕家已联系社区就业服务')

    // last month: confirmed by 陈书记, nothing left to write
    await page.getByTestId('ledger-month-prev').click()
    await expect.poll(() => page.getByTestId('ledger-month-label').textContent()).toBe('2026年10月')
    await expect.poll(() => sheet(page)).toContain('陈书记')
    expect(await page.getByTestId('ledger-remarks-form').count()).toBe(0)
    await page.getByTestId('ledger-month-next').click()
    await expect.poll(() => sheet(page)).toContain('陈海燕家已联系社区就业服务')

    // printed: the sheet alone, on one A4 page
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('ledger-remarks-form').isVisible()).toBe(false)
    expect(await page.getByTestId('ledger-sheet').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1)
    await page.context().close()
  })

  it('the leader confirms the month; the cadre can no longer change it', async () => {
    const page = await openFromWorkbench(DEMO.leader)
    await page.getByTestId('ledger-area-demo-area-xd01-1').click()
    await expect.poll(() => sheet(page)).toContain('陈海燕家已联系社区就业服务')
    expect(await page.getByTestId('support-figures').textContent()).toContain('不足 10 户')
    await page.getByTestId('ledger-confirm').click()
    await page.locator('.taro__modal').getByText('确认', { exact: true }).click()
    await expect.poll(() => sheet(page)).toContain('陈书记')
    expect(await page.getByTestId('ledger-confirm').count()).toBe(0)
    await h.shot(page, 'ledger-02-confirmed')
    await page.context().close()

    const cadre = await openFromWorkbench(DEMO.cadre1)
    await expect.poll(() => sheet(cadre)).toContain('陈书记')
    expect(await cadre.getByTestId('ledger-remarks-form').count()).toBe(0)
    await cadre.context().close()
  })
})
