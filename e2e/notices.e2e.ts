/**
 * 公开、集中反馈 and 座谈会 from the phones: a leader writes a 公告 answering the street-light
 * matters two residents raised, previews it and publishes it; each of them finds it in 消息,
 * on their matter's page and on the point's home page, and a resident who raised none is
 * told nothing. Then a 座谈会: the leader records what was heard and turns two opinions into
 * matters in one step; they are on the workbench.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { api, type NewMatter } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const TITLE = '幸福路路灯集中维修'
const OTHER = 'e2e-resident-c'

let h: Harness
let a: NewMatter
let b: NewMatter

beforeAll(async () => {
  h = await startHarness()
  const call = api(h.system)
  const at = { pointCode: DEMO.pointCode, category: '基础设施', address: '新东社区幸福路' }
  a = await call.submit(DEMO.residentA, { ...at, content: '幸福路北段的路灯坏了好几盏，晚上很黑', name: '刘桂兰', phone: '13912345601' })
  b = await call.submit(DEMO.residentB, { ...at, content: '幸福路路口的路灯一直不亮，老人出门怕摔', name: '王秀兰', phone: '13912345602' })
  await call.submit(OTHER, { ...at, category: '环境卫生', content: '小区北门的垃圾桶满了好几天没人清运', name: '赵大勇', phone: '13912345603' })
})
afterAll(async () => {
  await h?.stop()
})

const messagesOf = async (page: Page) => {
  await page.goto(`${h.system.url}/#/pages/messages/index`)
  // the list, or the empty box of someone told nothing yet
  const box = page.getByTestId('message-list').or(page.getByTestId('messages-empty'))
  await box.waitFor()
  return (await box.textContent()) ?? ''
}

describe('a 公告 reaches the residents who raised the concern', () => {
  it('the leader writes it from the 工作台, links both matters, keeps the draft, previews and publishes', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-notices').click()
    await page.getByTestId('notices-empty').waitFor()
    await page.getByTestId('notice-new').click()
    await page.getByTestId('form-notice').waitFor()
    await typeInto(page, 'notice-title-input', TITLE)
    await typeInto(page, 'notice-raised-input', '多位居民反映幸福路一带路灯不亮', 'textarea')
    await typeInto(page, 'notice-done-input', '社区请供电所更换了 12 盏路灯，现已全部点亮', 'textarea')
    await typeInto(page, 'notice-next-input', '每月夜间巡查一次，坏了 3 天内修好', 'textarea')
    await page.getByTestId(`pick-${a.id}`).click()
    await page.getByTestId(`pick-${b.id}`).click()
    // leaving and coming back keeps what was typed and ticked
    await page.reload()
    await page.getByTestId('notice-matter-picker').waitFor()
    await expect.poll(() => page.getByTestId('notice-title-input').locator('input').inputValue()).toBe(TITLE)
    expect(await page.getByTestId(`pick-${b.id}`).getAttribute('aria-checked')).toBe('true')

    await page.getByTestId('notice-preview').click()
    const sheet = page.getByTestId('notice-preview-sheet')
    await expect.poll(() => sheet.getByTestId('notice-matters').textContent().catch(() => '')).toContain(a.no)
    expect(await sheet.textContent()).not.toContain('刘桂兰')
    await h.shot(page, 'notices-01-preview')
    await sheet.getByTestId('notice-preview-publish').click()
    await expect.poll(() => page.getByTestId('notice-told').textContent().catch(() => '')).toContain('已告知提出这些诉求的 2 位居民')
    await h.shot(page, 'notices-02-published')
    await page.context().close()
  })

  it('each resident who raised one finds it in 消息, on their matter and on the point’s home page', async () => {
    for (const [who, matter] of [
      [DEMO.residentA, a],
      [DEMO.residentB, b],
    ] as const) {
      const page = await h.pageAs(who)
      const box = await messagesOf(page)
      expect(box.split('您反映的事有了公开答复').length - 1).toBe(1)
      await page.goto(`${h.system.url}/#/pages/item/index?id=${matter.id}`)
      await expect.poll(() => page.getByTestId('item-notices').textContent().catch(() => '')).toContain(TITLE)
      await page.getByTestId('item-notices').getByRole('link').first().click()
      await expect.poll(() => page.getByTestId('notice-title').textContent().catch(() => '')).toContain(TITLE)
      expect(await page.getByTestId('notice-matters').textContent()).toContain(matter.no)
      await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
      await expect.poll(() => page.getByTestId('point-notices').textContent().catch(() => '')).toContain(TITLE)
      if (who === DEMO.residentA) await h.shot(page, 'notices-03-home')
      await page.context().close()
    }
  })

  it('a resident who raised none is not told, yet reads it on the point’s page', async () => {
    const page = await h.pageAs(OTHER)
    expect(await messagesOf(page)).not.toContain('公开答复')
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await expect.poll(() => page.getByTestId('point-notices').textContent().catch(() => '')).toContain(TITLE)
    await page.context().close()
  })
})

describe('a 座谈会 turns opinions into matters in one step', () => {
  it('the leader convenes it, records three opinions, turns two into matters; they are on the workbench', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/meetings/index`)
    await page.getByTestId('convene-forum').click()
    await typeInto(page, 'forum-topic', '楼道、电梯和活动室')
    await page.getByTestId('forum-submit').click()
    await page.getByTestId('form-opinions').waitFor()
    await typeInto(page, 'opinion-who-0', '王大妈')
    await typeInto(page, 'opinion-what-0', '3号楼楼道灯坏了，晚上上楼看不见', 'textarea')
    await page.getByTestId('opinion-category-0-基础设施').click()
    await page.getByTestId('opinion-add').click()
    await typeInto(page, 'opinion-what-1', '希望老楼加装电梯，爬楼太难了', 'textarea')
    await page.getByTestId('opinion-add').click()
    await typeInto(page, 'opinion-what-2', '活动室晚上能不能多开一会儿', 'textarea')
    await page.getByTestId('opinions-save').click()
    await page.getByTestId('forum-opinions').waitFor()
    await page.getByTestId('pick-opinion-0').click()
    await page.getByTestId('pick-opinion-1').click()
    await h.shot(page, 'notices-04-forum')
    await page.getByTestId('opinions-to-matters').click()
    const made = page.getByTestId('forum-matters')
    await expect.poll(() => made.textContent().catch(() => '')).toContain('已转为诉求（2 条）')
    const numbers = (await made.textContent())?.match(/XD01-\d{9}/g) ?? []
    expect(numbers).toHaveLength(2)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-list').waitFor()
    for (const no of numbers) await expect.poll(() => page.getByTestId('workbench-list').textContent()).toContain(no)
    await page.context().close()
  })
})
