/**
 * Staff reach every matter: the leader's workbench counts the closed ones under 已办结 and
 * every one under 全部 (no more all zeros once matters close), and a search box finds a
 * matter by number, name, phone or its last 4 digits, or category, paged like the tabs,
 * with an empty state and the hint on what cannot be searched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { SEARCH_HINT } from '../domain/matters/search'
import { DEMO } from '../emulator/seed'
import { api, type NewMatter } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness
let closed: NewMatter
const PHONE = '13755556666'

beforeAll(async () => {
  h = await startHarness()
  const a = api(h.system)
  // twelve 政策咨询 matters from twelve residents (the submission limit is per resident), all to 张建国
  const made: NewMatter[] = []
  for (let i = 0; i < 12; i++) {
    made.push(
      await a.submit(`e2e-resident-${i}`, {
        pointCode: DEMO.pointCode,
        category: '政策咨询',
        content: `第 ${i + 1} 件：想了解社区养老服务补贴怎么申请`,
        name: i === 0 ? '欧阳秀兰' : `居民${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`,
        phone: i === 0 ? PHONE : `1390000${String(1000 + i)}`,
        address: '新东社区南街2号',
      }),
    )
  }
  closed = made[0]
  await a.staff(DEMO.cadre1, { action: 'item.accept', id: closed.id, track: 'immediate', importance: 'normal', tier: 'cadre' })
  await a.staff(DEMO.cadre1, { action: 'item.reply', id: closed.id, answer: '补贴申请表已送到家中，并帮助填好', unit: '社区居委会', handler: '张建国' })
  await a.resident('e2e-resident-0', { action: 'item.rate', id: closed.id, level: 'satisfied', solved: true })
})
afterAll(async () => {
  await h?.stop()
})

async function openWorkbench(openid: string): Promise<Page> {
  const page = await h.pageAs(openid)
  await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
  await page.getByTestId('workbench-tab-all').waitFor()
  return page
}

const count = (page: Page, tab: string) => page.getByTestId(`workbench-tab-${tab}`).getByTestId('tab-count').textContent()

async function search(page: Page, q: string) {
  await typeInto(page, 'search-input', q)
  await page.getByTestId('search-go').click()
}

describe('staff reach every matter', () => {
  it('the leader sees 已办结 and 全部 counted, and the closed matter under 已办结', async () => {
    const page = await openWorkbench(DEMO.leader)
    await expect.poll(() => count(page, 'all')).toBe('12')
    expect(await count(page, 'closed')).toBe('1')
    expect(await count(page, 'pending')).toBe('11')
    await page.getByTestId('workbench-tab-closed').click()
    await expect.poll(() => page.getByTestId('workbench-row').count()).toBe(1)
    expect(await page.getByTestId('workbench-row').first().textContent()).toContain(closed.no)
    await h.shot(page, 'search-01-leader-closed')
    await page.context().close()
  })

  it('finds a matter by the last 4 digits of a phone, by name, and by number', async () => {
    const page = await openWorkbench(DEMO.cadre1)
    await search(page, PHONE.slice(-4))
    await expect.poll(() => page.getByTestId('search-list').getByTestId('workbench-row').count()).toBe(1)
    expect(await page.getByTestId('workbench-row').first().textContent()).toContain(closed.no)
    await h.shot(page, 'search-02-phone-tail')

    await search(page, '欧阳秀兰')
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain('搜索「欧阳秀兰」')
    await expect.poll(() => page.getByTestId('search-list').getByTestId('workbench-row').count()).toBe(1)

    await search(page, closed.no)
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain(closed.no)
    await page.getByTestId('search-list').getByTestId('workbench-row').first().click()
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(closed.no)
    await page.context().close()
  })

  it('pages a category’s results like the tabs', async () => {
    const page = await openWorkbench(DEMO.cadre1)
    await search(page, '政策咨询')
    await expect.poll(() => page.getByTestId('search-list').getByTestId('workbench-row').count()).toBe(10)
    await page.getByTestId('search-more').click()
    await expect.poll(() => page.getByTestId('search-list').getByTestId('workbench-row').count()).toBe(12)
    expect(await page.getByTestId('search-more').count()).toBe(0)
    await page.getByTestId('search-clear').click()
    await page.getByTestId('workbench-tab-pending').waitFor()
    await page.context().close()
  })

  it('says so when nothing is found, and gives the hint on what cannot be searched', async () => {
    const page = await openWorkbench(DEMO.cadre1)
    await search(page, '202001999')
    await page.getByTestId('search-empty').waitFor()
    await h.shot(page, 'search-03-empty')
    await search(page, '#?!')
    await expect.poll(() => page.getByTestId('search-hint').textContent()).toContain(SEARCH_HINT)
    await h.shot(page, 'search-04-hint')
    await page.context().close()
  })
})
