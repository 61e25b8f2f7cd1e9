/**
 * 集中议事 from the leader's phone: a matter accepted as 稍大 waits for the 两委会 on the
 * workbench; the leader convenes the 两委会 on it, holds it, records who came and what it
 * decided; the resident reads the decision on their matter's page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { api, type NewMatter } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const DECISION = '同意由村集体出资加固石桥栏杆，月底前完工'

let h: Harness
let matter: NewMatter
let meetingUrl = ''

beforeAll(async () => {
  h = await startHarness()
  const a = api(h.system)
  // 基础设施 at xd01 is 李秀英's; she accepts it as a 稍大 matter for the 两委会
  matter = await a.submit(DEMO.residentA, {
    pointCode: DEMO.pointCode,
    category: '基础设施',
    content: '村东头小河上的石桥栏杆松动了好几处，孩子们天天走，希望尽快加固',
    name: '刘桂兰',
    phone: '13912345601',
    address: '新东社区东河路 3 号',
  })
  await a.staff(DEMO.cadre2, { action: 'item.accept', id: matter.id, track: 'local', importance: 'important', tier: 'committee' })
})
afterAll(async () => {
  await h?.stop()
})

describe('a 两委会 decides a matter and its resident sees the decision', () => {
  it('the leader sees it waiting on the workbench and convenes the 两委会 on it', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('workbench-meetings').textContent()).toContain('两委会 1 件')
    await page.getByTestId('workbench-meetings').click()
    const waiting = page.getByTestId('waiting-两委会')
    await expect.poll(() => waiting.textContent()).toContain(matter.no)
    await h.shot(page, 'meeting-01-waiting')

    await page.getByTestId('convene-两委会').click()
    await page.getByTestId(`pick-${matter.id}`).click()
    expect(await page.getByTestId('body-两委会').getAttribute('aria-checked')).toBe('true')
    await h.shot(page, 'meeting-02-convene')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page.getByTestId('meeting-status').textContent().catch(() => '')).toContain('待记录')
    meetingUrl = page.url()
    await page.context().close()
  })

  it('records who came and the decision, once, with a draft kept meanwhile', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(meetingUrl)
    await page.getByTestId('form-meeting-record').waitFor()
    // nothing entered: the form says what is missing and sends nothing
    await page.getByTestId('form-submit').click()
    await page.getByTestId('form-error').waitFor()
    // 主持人, 记录人 and 到会干部 are chosen from the point's staff, not typed
    expect(await page.getByTestId('form-names').count()).toBe(0)
    await page.getByTestId(`form-chair-${DEMO.leader}`).click()
    await page.getByTestId(`form-recorder-${DEMO.cadre2}`).click()
    await page.getByTestId(`pick-${DEMO.cadre1}`).click()
    expect(await page.getByTestId(`pick-${DEMO.leader}`).count()).toBe(0)
    await typeInto(page, 'form-others', '党员代表周国平')
    await typeInto(page, 'form-absent', '王志强')
    await typeInto(page, `form-decision-${matter.id}`, DECISION, 'textarea')

    // leaving and coming back keeps what was typed
    await page.reload()
    await page.getByTestId('form-meeting-record').waitFor()
    await expect.poll(() => page.getByTestId(`form-decision-${matter.id}`).locator('textarea').inputValue()).toBe(DECISION)
    expect(await page.getByTestId(`form-recorder-${DEMO.cadre2}`).getAttribute('aria-checked')).toBe('true')
    expect(await page.getByTestId(`pick-${DEMO.cadre1}`).getAttribute('aria-checked')).toBe('true')
    await h.shot(page, 'meeting-03-record')

    await page.getByTestId('form-submit').click()
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toContain('已记录')
    expect(await page.getByTestId('meeting-decisions').textContent()).toContain('已写入事项')
    const attendance = await page.getByTestId('meeting-attendance').textContent()
    expect(attendance).toMatch(/主持人\s*陈书记/)
    expect(attendance).toMatch(/记录人\s*李秀英/)
    expect(attendance).toMatch(/到会干部\s*张建国/)
    expect(attendance).toContain('党员代表周国平')
    const stored = (await h.system.cloud.db.dump('meetings')).find((m) => m.status === 'recorded' && (m.itemIds as string[]).includes(matter.id))
    expect(stored?.attendance).toMatchObject({ chair: { openid: DEMO.leader, name: '陈书记' }, recorder: { openid: DEMO.cadre2 }, cadres: [{ openid: DEMO.cadre1 }] })
    expect(await page.getByTestId('form-meeting-record').count()).toBe(0)
    await h.shot(page, 'meeting-04-recorded')
    const decided = (await h.system.cloud.db.dump('items')).filter((i) => i._id === matter.id)
    expect((decided[0].timeline as { type: string }[]).filter((e) => e.type === 'decide')).toHaveLength(1)
    await page.context().close()
  })

  it('the resident reads the decision on the matter’s page and in their messages', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${matter.id}`)
    await expect.poll(() => page.getByTestId('detail-timeline').textContent().catch(() => '')).toContain(`两委会于`)
    expect(await page.getByTestId('detail-timeline').textContent()).toContain(DECISION)
    await h.shot(page, 'meeting-05-resident')
    const messages = (await h.system.cloud.db.dump('messages')).filter((m) => m.recipient === DEMO.residentA)
    expect(messages.filter((m) => String(m.body).includes(DECISION))).toHaveLength(1)
    await page.context().close()
  })
})
