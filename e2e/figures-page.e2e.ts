/**
 * 数字 in a real browser against the local cloud. In May 2027 (China time) eleven matters
 * are made at xd01 through the real actions, all routed to 李秀英, and one more withdrawn;
 * on 28 May 陈书记 opens 数字 from the workbench and reads the month's figures, worked out
 * by hand below; the small samples show the count and 样本不足, never a percentage. He
 * opens the matters behind 超期 (masked) and from there the matter itself; narrowed to
 * 张建国, who holds none, the month is empty. The admin finds 数字 under 管理 and
 * switches to 本季度 and to 自定义.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'

let h: Harness
const NOW = '2027-05-28T10:00:00+08:00'
const no: Record<string, string> = {}

const setClock = async (chinaTime: string) => {
  const now = new Date(chinaTime.includes('+') ? chinaTime : `${chinaTime}+08:00`).toISOString()
  const res = await fetch(`${h.system.url}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now }) })
  expect(res.status).toBe(200)
}

/**
 * By hand, as of 28 May 10:00 (a normal matter is due 7 days after acceptance, 23:59:59):
 * - M1 registered 3 May 09:00, accepted 10:00, answered 5 May, rated 满意 and solved
 * - M2 registered 4 May 09:00, accepted 6 May 10:00 (after 24 h), answered 7 May, rated 基本满意, not solved
 * - M3 registered 6 May 09:00, accepted 12:00, extended on 10 May to 20 May, answered 18 May: on time with the extension; not rated yet
 * - M4 registered 7 May 09:00, accepted 10:00, never answered: due 14 May, overdue now
 * - M5 registered 10 May 09:00, never accepted
 * - M6 registered 11 May 09:00, withdrawn by its resident an hour later
 * - N1–N6 registered 25 May 09:00, each accepted at 10:00 (due 1 June: not yet judged)
 * 收集 11 (M6 apart); 响应率 9 of 11 in 24 h = 81.8% (M2 late, M5 never);
 * 按期办结 3 of 4 judged (M1 M2 M3; M4 late), 延期后按期 1: 样本不足;
 * 反馈办结 3 of 11 = 27.3%; rated 2 (满意 1, 基本满意 1): 满意率 2 of 2 and 解决率 1 of 2, 样本不足;
 * 等待评议 1 (M3); 当前超期 1 (M4); 延期 1 (M3); 上报 0.
 */
async function buildWorld() {
  const a = api(h.system)
  const cadre = DEMO.cadre2
  let seq = 0
  const submit = async (key: string, at: string, name = '王秀兰', phone = '13912345678') => {
    await setClock(at)
    const m = await a.submit(`fig-resident-${++seq}`, { pointCode: DEMO.pointCode, category: '环境卫生', content: `${key}：小区垃圾清运不及时，楼下堆了好几天`, name, phone, address: '新东社区幸福路12号' })
    no[key] = m.no
    return { ...m, owner: `fig-resident-${seq}` }
  }
  const accept = async (id: string, at: string) => {
    await setClock(at)
    await a.staff(cadre, { action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre' })
  }
  const reply = async (id: string, at: string) => {
    await setClock(at)
    await a.staff(cadre, { action: 'item.reply', id, answer: '已联系物业清运干净', unit: '社区居委会', handler: '李秀英' })
  }
  const rate = async (owner: string, id: string, at: string, level: string, solved: boolean) => {
    await setClock(at)
    await a.resident(owner, { action: 'item.rate', id, level, solved })
  }

  const m1 = await submit('M1', '2027-05-03T09:00:00')
  await accept(m1.id, '2027-05-03T10:00:00')
  await reply(m1.id, '2027-05-05T10:00:00')
  await rate(m1.owner, m1.id, '2027-05-06T10:00:00', 'satisfied', true)

  const m2 = await submit('M2', '2027-05-04T09:00:00')
  await accept(m2.id, '2027-05-06T10:00:00')
  await reply(m2.id, '2027-05-07T10:00:00')
  await rate(m2.owner, m2.id, '2027-05-08T10:00:00', 'basic', false)

  const m3 = await submit('M3', '2027-05-06T09:00:00')
  await accept(m3.id, '2027-05-06T12:00:00')
  await setClock('2027-05-10T10:00:00')
  await a.staff(cadre, { action: 'item.extend', id: m3.id, reason: '要等环卫所排车', dueDate: '2027-05-20', note: '已联系环卫所' })
  await reply(m3.id, '2027-05-18T10:00:00')

  const m4 = await submit('M4', '2027-05-07T09:00:00', '赵德明', '13566667777')
  await accept(m4.id, '2027-05-07T10:00:00')

  await submit('M5', '2027-05-10T09:00:00')

  const m6 = await submit('M6', '2027-05-11T09:00:00')
  await setClock('2027-05-11T10:00:00')
  await a.resident(m6.owner, { action: 'item.withdraw', id: m6.id })

  for (let i = 1; i <= 6; i++) {
    const n = await submit(`N${i}`, '2027-05-25T09:00:00')
    await accept(n.id, '2027-05-25T10:00:00')
  }
  await setClock(NOW)
}

beforeAll(async () => {
  h = await startHarness()
  await buildWorld()
}, 120_000)
afterAll(async () => {
  await h?.stop()
})

/** A device whose own clock reads the local cloud's time, as a phone's would. */
async function deviceAt(openid: string): Promise<Page> {
  const page = await h.pageAs(openid)
  await page.clock.setFixedTime(new Date(NOW))
  return page
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ')

describe('数字', () => {
  it('a leader opens 数字 from the workbench and reads May’s figures, small samples as counts with 样本不足', async () => {
    const page = await deviceAt(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('figures-entry').click()
    await page.getByTestId('figures-view').waitFor()
    expect(await page.getByTestId('figures-period-month').getAttribute('aria-checked')).toBe('true')
    expect(await text(page, 'figures-period-words')).toContain('2027年5月1日至5月31日')

    expect(await text(page, 'figure-collected-headline')).toBe('11 件')
    expect(await text(page, 'figure-link-withdrawn')).toContain('1 件')
    expect(await text(page, 'figure-responded-headline')).toBe('81.8%')
    expect(await text(page, 'figure-responded-basis')).toBe('9 / 11 件')
    expect(await text(page, 'figure-feedback-headline')).toBe('27.3%')
    expect(await text(page, 'figure-feedback-basis')).toBe('3 / 11 件')

    // fewer than 10 in the denominator: the count and 样本不足, never a percentage
    expect(await text(page, 'figure-onTime-headline')).toBe('3 件')
    expect(await text(page, 'figure-onTime-basis')).toBe('共 4 件 · 样本不足')
    expect(await text(page, 'figure-link-late')).toContain('1 件')
    expect(await text(page, 'figure-link-onTimeExtended')).toContain('1 件')
    expect(await text(page, 'figure-satisfaction-headline')).toBe('2 件')
    expect(await text(page, 'figure-satisfaction-basis')).toBe('共 2 件 · 样本不足')
    expect(await text(page, 'figure-solved-headline')).toBe('1 件')
    expect(await text(page, 'figure-solved-basis')).toBe('共 2 件 · 样本不足')
    for (const card of ['figure-onTime', 'figure-satisfaction', 'figure-solved']) expect(await text(page, card)).not.toContain('%')

    expect(await text(page, 'figure-link-satisfied')).toContain('1 件')
    expect(await text(page, 'figure-link-basic')).toContain('1 件')
    expect(await text(page, 'figure-link-unsatisfied')).toContain('0 件')
    // shown apart, not counted
    const apart = await text(page, 'figure-satisfaction-apart')
    expect(apart).toContain('不计入满意率')
    expect(await text(page, 'figure-link-awaitingRating')).toContain('1 件')
    expect(await text(page, 'figure-link-unrated')).toContain('0 件')
    expect(await text(page, 'figure-link-cadreRecorded')).toContain('0 件')
    expect(await text(page, 'figure-link-overdueNow')).toContain('1 件')
    expect(await text(page, 'figure-link-extensions')).toContain('1 件')
    expect(await text(page, 'figure-link-escalations')).toContain('0 件')

    // xd01 opens every Wednesday (5, 12, 19, 26 May); xd02 receives on 4 Fridays but holds no 集体接见
    const openings = await page.getByTestId('figures-opening').allTextContents()
    expect(openings).toHaveLength(2)
    expect(openings.find((o) => o.includes('新东社区民情说事点'))).toMatch(/开放 4 次.*达到每月要求/)
    expect(openings.find((o) => o.includes('工作室'))).toContain('本月没有集体接见')
    // no diary in May: 李秀英 has visited no household yet
    const visits = await page.getByTestId('figures-visit').filter({ hasText: '李秀英' }).first().textContent()
    expect(visits).toMatch(/0 户.*要求 3–5 户.*目前未达到/)
    await h.shot(page, 'figures-01-month')
    await page.context().close()
  })

  it('opens the matters behind 超期, masked, and from one the matter itself', async () => {
    const page = await deviceAt(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
    await page.getByTestId('figure-link-late').click()
    await page.getByTestId('figure-items').waitFor()
    expect(await text(page, 'figure-items-title')).toBe('超期办结或超期未办结')
    expect(await page.getByTestId('figure-item-no').allTextContents()).toEqual([no.M4])
    expect(await text(page, 'figure-item-contact')).toBe('赵** 135****7777')
    expect(await text(page, 'figure-items')).not.toContain('赵德明')
    expect(await text(page, 'figure-items')).not.toContain('13566667777')
    await h.shot(page, 'figures-02-late')
    await page.getByTestId('figure-item').click()
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(no.M4)
    await page.context().close()
  })

  it('lists a figure page by page with 加载更多', async () => {
    const page = await deviceAt(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
    await page.getByTestId('figure-link-collected').click()
    await page.getByTestId('figure-items').waitFor()
    // ten a page, in registration order (N1–N6 share an instant: any order among them)
    const first = await page.getByTestId('figure-item-no').allTextContents()
    expect(first).toHaveLength(10)
    expect(first.slice(0, 5)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5'].map((k) => no[k]))
    expect(await page.getByText('没有更多了').count()).toBe(0)
    await page.getByTestId('load-more').click()
    await expect.poll(() => page.getByTestId('figure-item-no').count()).toBe(11)
    const all = await page.getByTestId('figure-item-no').allTextContents()
    expect(all.slice(0, 10)).toEqual(first)
    expect([...all].sort()).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6'].map((k) => no[k]).sort())
    expect(await page.getByText('没有更多了').count()).toBe(1)
    await page.context().close()
  })

  it('a range the server refuses shows its words with 重试', async () => {
    const page = await deviceAt(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/figure-items/index?figure=collected&from=2026-01-01&to=2027-05-31`)
    await page.getByTestId('state-error').waitFor()
    expect(await text(page, 'state-error')).toContain('一次最多统计 366 天')
    expect(await page.getByTestId('retry').count()).toBe(1)
    await page.context().close()
  })

  it('narrowed to a point and a cadre who holds none of them: 这段时间没有登记的诉求', async () => {
    const page = await deviceAt(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/figures/index`)
    await page.getByTestId('figures-view').waitFor()
    await page.getByTestId(`figures-point-${DEMO.pointCode}`).click()
    await page.getByTestId(`figures-cadre-${DEMO.cadre2}`).click()
    await expect.poll(() => text(page, 'figure-collected-headline')).toBe('11 件')
    await page.getByTestId(`figures-cadre-${DEMO.cadre1}`).click()
    await page.getByTestId('figures-empty').waitFor()
    expect(await text(page, 'figures-empty')).toContain('这段时间没有登记的诉求')
    await h.shot(page, 'figures-03-empty')
    await page.context().close()
  })

  it('the admin finds 数字 under 管理, every point counted', async () => {
    const page = await deviceAt(DEMO.admin)
    await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
    await page.getByTestId('figures-entry').click()
    // the deployment admin starts at the county; 按说事点 gives every point
    await page.getByTestId('figures-node-points').click()
    await expect.poll(() => text(page, 'figure-collected-headline')).toBe('11 件')
    expect(await page.getByTestId('figures-point-all').getAttribute('class')).toContain('is-selected')
    // the quarter on China's calendar: April to June, still these eleven
    await page.getByTestId('figures-period-quarter').click()
    await expect.poll(() => text(page, 'figures-period-words')).toContain('2027年4月1日至6月30日')
    await expect.poll(() => text(page, 'figure-link-late')).toContain('1 件')
    expect(await text(page, 'figure-collected-headline')).toBe('11 件')
    // 自定义 starts from the quarter shown; the dates come from the wheel, nothing typed
    await page.getByTestId('figures-period-custom').click()
    expect(await text(page, 'figures-from-value')).toBe('2027年4月1日（星期四）')
    expect(await text(page, 'figures-to-value')).toBe('2027年6月30日（星期三）')
    await page.getByTestId('figures-from-open').click()
    const wheel = page.locator('.nut-picker').filter({ hasText: '选择开始日期' })
    await wheel.waitFor()
    await wheel.locator('.nut-picker-confirm-btn').click()
    await expect.poll(() => text(page, 'figures-period-words')).toContain('2027年4月1日至6月30日')
    await expect.poll(() => text(page, 'figure-link-late')).toContain('1 件')
    await h.shot(page, 'figures-04-custom')
    await page.context().close()
  })
})
