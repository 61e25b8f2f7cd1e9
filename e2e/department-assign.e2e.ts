/**
 * 交办 to a department, every part played in the browser on the demo county: a township
 * leader (刘镇长, held at 青溪镇) 交办s a matter the village cadre sent up to 青溪镇民政办 with a
 * deadline and a request; the department's staff member finds it on 部门待办, accepts it and
 * answers; the cadre, who still owns the matter, sees the answer on the timeline and replies
 * to the resident; the resident sees 交办部门 青溪镇民政办 and its deadline, never the name
 * of who answered in the department.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { DEPT_DEMO } from '../emulator/seed-departments'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const ANSWER = '经核实符合条件，已纳入临时救助，三个工作日内发放'
let h: Harness
let item = { id: '', no: '' }

beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
  const a = api(h.system)
  item = await a.submit(DEMO.residentA, { pointCode: DEMO.pointCode, category: '政策咨询', content: '家里突发大病，想申请临时救助，不知道要找哪个部门', name: '赵大爷', phone: '13912345678', address: '新东社区东街5号' })
  // the cadre took it as 上报上级: the village cannot settle it
  await a.staff(DEMO.cadre1, { action: 'item.accept', id: item.id, track: 'escalate', importance: 'important', tier: 'cadre' })
})
afterAll(async () => {
  await h?.stop()
})

async function submitSheet(page: import('playwright-core').Page) {
  await page.getByTestId('form-submit').click()
  await page.getByTestId('form-submit').waitFor({ state: 'detached' })
}

describe('交办 to a department', () => {
  it('the township leader 交办s the escalated matter to 青溪镇民政办 with a deadline and a request', async () => {
    const page = await h.pageAs(DEPT_DEMO.townshipLeader)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${item.id}`)
    await page.getByTestId('action-assign').click()
    await page.getByTestId('option-department-QX-A-MZ').click()
    await typeInto(page, 'form-request', '请核实该户临时救助申请条件并答复', 'textarea')
    await h.shot(page, 'assign-01-form')
    await submitSheet(page)
    await expect.poll(() => page.getByTestId('assign-state').textContent()).toContain('已交办：青溪镇民政办')
    await page.context().close()
  })

  it('the department’s staff accept it on 部门待办 and answer it', async () => {
    const page = await h.pageAs(DEPT_DEMO.civil)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('dept-entry').click()
    await page.getByTestId(`dept-row-${item.id}`).click()
    await expect.poll(() => page.getByTestId('dept-assignment').textContent()).toContain('请核实该户临时救助申请条件并答复')
    // the resident's name and phone are not the department's to see
    expect(await page.getByTestId('dept-matter').textContent()).not.toContain('赵大爷')
    expect(await page.getByTestId('dept-matter').textContent()).not.toContain('13912345678')
    await h.shot(page, 'assign-02-department')
    await page.getByTestId('dept-accept').click()
    await expect.poll(() => page.getByTestId('dept-assignment').textContent()).toContain('部门已接收')
    await page.getByTestId('dept-open-answer').click()
    await typeInto(page, 'form-text', ANSWER, 'textarea')
    await submitSheet(page)
    await expect.poll(() => page.getByTestId('dept-answer').textContent()).toContain(ANSWER)
    await page.context().close()
  })

  it('the cadre sees the answer on the timeline and replies to the resident', async () => {
    const page = await h.pageAs(DEMO.cadre1)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${item.id}`)
    await expect.poll(() => page.locator('body').textContent()).toContain(`青溪镇民政办答复：${ANSWER}`)
    await page.getByTestId('action-reply').click()
    await typeInto(page, 'form-answer', '镇民政办已核实，临时救助三个工作日内发放到您的账户', 'textarea')
    await typeInto(page, 'form-unit', '青溪镇民政办')
    await typeInto(page, 'form-handler', '张建国')
    await submitSheet(page)
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已答复')
    await page.context().close()
  })

  it('the resident sees 交办部门 and its deadline, and the reply, never who answered in the department', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${item.id}`)
    await expect.poll(() => page.getByTestId('detail-assignment').textContent()).toContain('青溪镇民政办')
    expect(await page.getByTestId('detail-assignment').textContent()).toMatch(/部门已答复.*2026年12月5日前答复/)
    const text = (await page.locator('body').textContent()) ?? ''
    expect(text).toContain('临时救助三个工作日内发放到您的账户')
    expect(text).not.toContain('周干事')
    expect(text).not.toContain(ANSWER) // the department's own words reach the resident through the cadre
    await h.shot(page, 'assign-03-resident')
    await page.context().close()
  })
})
