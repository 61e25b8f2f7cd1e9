/**
 * 数字 down the organisation tree, on the demo county's year of history (emulator/seed-history.ts):
 * the leader of 青溪镇 (吴镇长) opens 数字 from the workbench and lands on the township, its three
 * villages beside its figures and ranked by 反馈办结率 and 满意率; the township's figures are
 * its villages' added up. They go down to 桃源村, then to its 说事点 (the same numbers as the
 * village showed for it), its matters collected this month, and one matter; and back up.
 * The county's leader (周建华) finds 新东社区's 两代表工作室, the point the year opened two
 * months ago, too small to rank.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_LEADERS } from '../emulator/seed-leaders'
import { DEMO_ORG } from '../emulator/seed-org'
import { startHarness, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
}, 120_000)
afterAll(async () => {
  await h?.stop()
})

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ')
/** A leader's phone on the local cloud's time, opened at a page. */
async function openAs(openid: string, page: string): Promise<Page> {
  const p = await h.pageAs(openid)
  await p.clock.setFixedTime(h.system.cloud.clock.now())
  await p.goto(`${h.system.url}/#/staff/pages/${page}`)
  return p
}
const collectedOf = (s: string) => Number(/收集 (\d+) 件/.exec(s)?.[1] ?? NaN)

describe('数字 from a township down to one matter', () => {
  it('a township leader walks from the township’s figures to a village, a point, its matters and one matter', async () => {
    const page = await openAs(DEMO_ORG.townLeader, 'workbench/index')
    await page.getByTestId('figures-entry').click()
    await page.getByTestId('figures-children').waitFor()

    // their township, not the county or the other township
    expect(await page.getByTestId('figures-node-QX-A').getAttribute('class')).toContain('is-selected')
    expect(await page.getByTestId('figures-node-QX').count()).toBe(0)
    expect(await page.getByTestId('figures-node-QX-B').count()).toBe(0)
    const villages = ['QX-A1', 'QX-A2', 'QX-A3']
    const collected: number[] = []
    for (const v of villages) collected.push(collectedOf(await text(page, `figures-child-${v}`)))
    expect(collected.every((n) => n > 10)).toBe(true)
    // the township's 收集 is its villages' added up
    expect(await text(page, 'figure-collected-headline')).toBe(`${collected.reduce((a, b) => a + b, 0)} 件`)
    // ranked: every village has enough matters this month
    for (const by of ['feedbackRate', 'satisfaction']) {
      const ranked = await page.getByTestId(`figures-ranking-${by}`).getByTestId('figures-ranked').allTextContents()
      expect(ranked).toHaveLength(3)
      expect(ranked[0]).toContain('第 1 名')
    }
    await h.shot(page, 'county-figures-01-township')

    // down to 桃源村: its two points beside it
    await page.getByTestId('figures-child-QX-A2').click()
    await page.getByTestId('figures-child-ty01').waitFor()
    expect(await text(page, 'figures-trail')).toBe('青溪镇 › 桃源村')
    expect(await text(page, 'figure-collected-headline')).toBe(`${collected[1]} 件`)
    const point = await text(page, 'figures-child-ty01')
    await h.shot(page, 'county-figures-02-village')

    // down to its 说事点: the point's own figures, the same count the village showed for it
    await page.getByTestId('figures-child-ty01').click()
    await expect.poll(() => text(page, 'figures-trail')).toBe('青溪镇 › 桃源村 › 桃源村民情说事点')
    await page.getByTestId('figure-collected').waitFor()
    expect(await page.getByTestId('figures-children').count()).toBe(0)
    expect(await text(page, 'figure-collected-headline')).toBe(`${collectedOf(point)} 件`)

    // its matters, and one of them
    await page.getByTestId('figure-link-collected').click()
    await page.getByTestId('figure-items').waitFor()
    const first = await page.getByTestId('figure-item').first().textContent()
    expect(first).toContain('桃源村民情说事点')
    const no = ((await page.getByTestId('figure-item-no').first().textContent()) ?? '').trim()
    await page.getByTestId('figure-item').first().click()
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(no)
    await h.shot(page, 'county-figures-03-matter')

    // and back up: the trail leads to the township again
    await page.goBack()
    await page.goBack()
    await page.getByTestId('figures-up-QX-A').click()
    await page.getByTestId('figures-child-QX-A3').waitFor()
    expect(await text(page, 'figure-collected-headline')).toBe(`${collected.reduce((a, b) => a + b, 0)} 件`)
    await page.context().close()
  })

  it('the township’s 评事日 report of the quarter: its villages beside its figures, each a way to its own report', async () => {
    const page = await openAs(DEMO_ORG.townLeader, 'figures/index')
    await page.getByTestId('figures-node-report').click()
    await page.getByTestId('node-report').waitFor()
    expect(await text(page, 'node-report-title')).toBe('青溪镇 2026年第4季度评事日报告')
    // the 数字 page stays below in the page stack: read the report's own
    const report = page.getByTestId('node-report')
    const collected: number[] = []
    for (const v of ['QX-A1', 'QX-A2', 'QX-A3']) collected.push(collectedOf((await report.getByTestId(`figures-child-${v}`).textContent()) ?? ''))
    expect(collected.every((n) => n > 10)).toBe(true)
    expect(await report.getByTestId('report-collected').textContent()).toContain(`${collected.reduce((a, b) => a + b, 0)} 件`)
    await h.shot(page, 'county-figures-05-report')
    await report.getByTestId('figures-child-QX-A2').click()
    await expect.poll(() => page.getByTestId('node-report-title').allTextContents()).toContain('桃源村 2026年第4季度评事日报告')
    await page.context().close()
  })

  it('the county’s leader sees both townships; a village with a point too new to rank says so', async () => {
    const page = await openAs(DEMO_LEADERS.county, 'figures/index')
    await page.getByTestId('figures-child-QX-B').waitFor()
    expect(await page.getByTestId('figures-child-QX-A').count()).toBe(1)
    await page.getByTestId('figures-child-QX-A').click()
    await page.getByTestId('figures-child-QX-A1').click()
    await page.getByTestId('figures-child-xd02').waitFor()
    expect(await text(page, 'figures-ranking-satisfaction')).toContain('样本不足，不排名')
    expect(await text(page, 'figures-unranked')).toContain('新东社区两代表工作室')
    await h.shot(page, 'county-figures-04-unranked')
    await page.context().close()
  })
})
