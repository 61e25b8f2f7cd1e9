/**
 * 违纪线索 in the browser on the demo county: a resident reports a problem from 我的; the
 * point's leader finds no trace of it where they look (工作台, its search, 数字, the
 * receivers' page); 青溪镇's committee contact (上级党委联系人) finds it, receives it and
 * answers; the resident reads the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { DISCIPLINE_DEMO } from '../emulator/seed-discipline'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const MARKER = '甲乙丙丁戊己'
const CONTENT = `村里发放救灾物资时，有干部把物资拿回自己家。${MARKER}`
const REPLY = '已收到，镇纪委正在核查，核查结果会再告诉您。'
let h: Harness
let figuresBefore = ''
let tabsBefore = ''

beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
})
afterAll(async () => {
  await h?.stop()
})

/** The workbench's tabs with their counts. */
async function tabsText(page: Page) {
  await page.getByTestId('workbench-tab-all').waitFor()
  return (await page.locator('[data-testid^="workbench-tab-"]').allTextContents()).join('|')
}

async function figuresText(page: Page) {
  await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
  await page.getByTestId('figures-view').waitFor()
  // the 挂点走访 card loads on its own: read the page once nothing is loading
  await expect.poll(() => page.getByTestId('figures-view').getByTestId('state-loading').count()).toBe(0)
  return (await page.getByTestId('figures-view').textContent()) ?? ''
}

describe('违纪线索 reach the level above and nobody at the point', () => {
  it('the point’s leader reads 数字 before anything is reported', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => tabsText(page)).toMatch(/\d/)
    tabsBefore = await tabsText(page)
    figuresBefore = await figuresText(page)
    expect(figuresBefore.length).toBeGreaterThan(0)
    await page.context().close()
  })

  it('a resident reports one from 我的', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('mine-clues').click()
    await page.getByTestId('clue-new').click()
    await page.getByTestId(`clue-point-${DEMO.pointCode}`).click()
    await typeInto(page, 'clue-about', '负责发放物资的村干部')
    await typeInto(page, 'clue-content', CONTENT, 'textarea')
    await h.shot(page, 'discipline-01-form')
    await page.getByTestId('clue-submit').click()
    await expect.poll(() => page.getByTestId('clue-list').textContent()).toContain(MARKER)
    expect(await page.getByTestId('clue-list').textContent()).toContain('已报送，待接收')
    await page.context().close()
  })

  it('the point’s leader sees nothing of it: 工作台, search, 数字, the receivers’ page', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-tools').waitFor()
    await page.getByTestId('workbench-tab-all').click()
    await expect.poll(() => tabsText(page)).toBe(tabsBefore)
    expect(await page.locator('body').textContent()).not.toContain(MARKER)
    expect(await page.locator('body').textContent()).not.toContain('救灾物资')
    await typeInto(page, 'search-input', '救灾物资')
    await page.getByTestId('search-go').click()
    await page.getByTestId('search-empty').waitFor()
    await typeInto(page, 'search-input', MARKER)
    await page.getByTestId('search-go').click()
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain('没有找到')
    expect(await figuresText(page)).toBe(figuresBefore)
    await page.goto(`${h.system.url}/#/staff/pages/discipline/index`)
    await page.getByTestId('clue-forbidden').waitFor()
    await h.shot(page, 'discipline-02-leader-sees-nothing')
    await page.context().close()
  })

  it('青溪镇’s committee contact finds it, receives it and answers the resident', async () => {
    const page = await h.pageAs(DISCIPLINE_DEMO.town)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('clue-entry').click()
    await page.getByTestId('clue-queue').getByText(CONTENT.slice(0, 12)).click()
    await expect.poll(() => page.getByTestId('clue-detail-content').textContent()).toContain(MARKER)
    expect(await page.getByTestId('clue-detail-filer').textContent()).toContain('居民')
    await page.getByTestId('clue-ack').click()
    await expect.poll(() => page.getByTestId('clue-detail-state').textContent()).toContain('已接收')
    await page.getByTestId('clue-open-reply').click()
    await typeInto(page, 'clue-reply-text', REPLY, 'textarea')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page.getByTestId('clue-detail-reply').textContent()).toContain(REPLY)
    await h.shot(page, 'discipline-03-committee')
    await page.context().close()
  })

  it('the resident reads the answer, told in words that say nothing on a shared screen', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/discipline/index`)
    await expect.poll(() => page.getByTestId('clue-list').textContent()).toContain(REPLY)
    expect(await page.getByTestId('clue-list').textContent()).toContain('已答复')
    await page.goto(`${h.system.url}/#/pages/messages/index`)
    await expect.poll(() => page.locator('body').textContent()).toContain('您提交的材料有新进展')
    expect(await page.locator('body').textContent()).not.toContain('违纪')
    await h.shot(page, 'discipline-04-resident')
    await page.context().close()
  })
})
