/**
 * Administration, every part played from one browser: the admin invites a new cadre, who
 * joins with the code; the admin routes 就业创业 at the talk point to the newcomer, and a
 * resident's 就业创业 matter goes to them; the admin changes the studio's open hours in the
 * 说事点 tab and residents see the new hours; then adds a point, after being told on each
 * field what is missing and that a code already in use is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { fillRegistration, openPointAndStart, submitAndReadNumber, typeInto } from './steps'

const NEW_CADRE = 'e2e-new-cadre'
const NEW_NAME = '周新来'
const NEW_HOURS = '每周五 14:00–17:00，人大代表值班'

let h: Harness
let inviteCode = ''

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

/** 我的 → 管理, as the demo admin, on the given tab. */
async function openAdmin(tab: 'invite' | 'staff' | 'routing' | 'points'): Promise<Page> {
  const page = await h.pageAs(DEMO.admin)
  await page.goto(`${h.system.url}/#/pages/mine/index`)
  await page.getByTestId('admin-entry').click()
  await page.getByTestId(`admin-tab-${tab}`).click()
  return page
}

async function submitForm(page: Page) {
  await page.getByTestId('form-submit').click()
  await page.getByTestId('form-submit').waitFor({ state: 'detached' })
}

describe('administration: invite, join, route, edit a point', () => {
  it('the admin invites a cadre for the talk point and reads the code', async () => {
    const page = await openAdmin('invite')
    await page.getByTestId('invite-form').waitFor()
    await typeInto(page, 'invite-name', NEW_NAME)
    await page.getByTestId('option-role-cadre').click()
    await page.getByTestId(`option-node-${DEMO.pointCode}`).click()
    await h.shot(page, 'admin-01-invite-form')
    await page.getByTestId('form-submit').click()
    await page.getByTestId('invite-code').waitFor()
    inviteCode = ((await page.getByTestId('invite-code').textContent()) ?? '').trim()
    expect(inviteCode).toMatch(/^[A-Z2-9]{10}$/)
    expect(await page.getByTestId('invite-result').textContent()).toContain('新东社区民情说事点')
    await h.shot(page, 'admin-02-invite-code')
    await page.context().close()
  })

  it('the newcomer joins with the code from 我的', async () => {
    const page = await h.pageAs(NEW_CADRE)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('staff-join-link').click()
    await typeInto(page, 'join-code', inviteCode)
    await h.shot(page, 'admin-03-join')
    await page.getByTestId('join-submit').click()
    await page.getByTestId('join-done').waitFor()
    expect(await page.getByTestId('join-name').textContent()).toContain(NEW_NAME)
    expect(await page.getByTestId('join-points').textContent()).toContain('新东社区民情说事点')
    await h.shot(page, 'admin-04-joined')
    await page.context().close()
  })

  it('the admin routes 就业创业 at the talk point to the newcomer', async () => {
    const page = await openAdmin('routing')
    await page.getByTestId(`routing-point-${DEMO.pointCode}`).click()
    await page.getByTestId('routing-row-就业创业').click()
    await page.getByTestId(`option-route-${NEW_CADRE}`).click()
    await h.shot(page, 'admin-05-route-form')
    await submitForm(page)
    await expect.poll(() => page.getByTestId('routing-row-就业创业').textContent()).toContain(NEW_NAME)
    await h.shot(page, 'admin-06-routed')

    // the table survives a change of tab
    await page.getByTestId('admin-tab-staff').click()
    await page.getByTestId('staff-list').waitFor()
    await page.getByTestId('admin-tab-routing').click()
    await page.getByTestId(`routing-point-${DEMO.pointCode}`).click()
    expect(await page.getByTestId('routing-row-就业创业').textContent()).toContain(NEW_NAME)
    await page.context().close()
  })

  it('a resident’s 就业创业 matter goes to the newcomer', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    await fillRegistration(page, {
      name: '钱阿姨',
      phone: '13712345678',
      address: '新东社区南街8号',
      category: '就业创业',
      content: '想了解社区有没有适合五十岁以上人员的公益岗位',
    })
    const no = await submitAndReadNumber(page)
    expect(no).toMatch(/\d/)
    expect(await page.getByTestId('result-assignee').textContent()).toContain(NEW_NAME)
    await h.shot(page, 'admin-07-resident-result')
    await page.context().close()

    const items = await h.system.cloud.db.dump('items')
    expect(items.find((i) => i.no === no)).toMatchObject({ category: '就业创业', assignee: { openid: NEW_CADRE, name: NEW_NAME } })
  })

  it('the admin changes the studio’s open hours, and residents see them', async () => {
    const page = await openAdmin('points')
    await page.getByTestId(`point-row-${DEMO.studioCode}`).waitFor()
    expect(await page.getByTestId(`point-row-${DEMO.pointCode}`).textContent()).toContain('张建国')
    await h.shot(page, 'admin-08-points')
    await page.getByTestId(`point-edit-${DEMO.studioCode}`).click()
    await page.getByTestId('point-form').waitFor()
    expect(await page.getByTestId(`option-kind-studio`).getAttribute('aria-checked')).toBe('true')
    await typeInto(page, 'point-openhours', NEW_HOURS)
    await h.shot(page, 'admin-09-point-form')
    await submitForm(page)
    await expect.poll(() => page.getByTestId(`point-hours-${DEMO.studioCode}`).textContent()).toContain(NEW_HOURS)
    await h.shot(page, 'admin-10-point-saved')
    await page.context().close()

    const got = await h.system.call('resident', DEMO.residentA, { action: 'points.get', code: DEMO.studioCode })
    expect(got).toMatchObject({ ok: true, data: { code: DEMO.studioCode, openHours: NEW_HOURS } })

    const resident = await h.pageAs(DEMO.residentB)
    await resident.goto(`${h.system.url}/#/pages/index/index`)
    await resident.getByTestId('point-list').waitFor()
    await expect.poll(() => resident.getByTestId('point-option').filter({ hasText: '新东社区两代表工作室' }).textContent()).toContain(NEW_HOURS)
    await h.shot(resident, 'admin-11-resident-points')
    await resident.context().close()
  })

  it('the admin adds a point: what is missing is said on each field, a taken code is refused', async () => {
    const page = await openAdmin('points')
    await page.getByTestId('point-add').click()
    await page.getByTestId('point-form').waitFor()
    await typeInto(page, 'point-community', '')
    await page.getByTestId('form-submit').click()
    expect(await page.getByTestId('point-form').textContent()).toContain('请选择说事点所在的村/社区')
    for (const field of ['point-code', 'point-name', 'point-community', 'point-address', 'point-openhours']) {
      await expect.poll(() => page.getByTestId(field).getByTestId('field-error').count()).toBe(1)
    }
    expect(await page.getByTestId('form-error').count()).toBe(1)
    await page.getByTestId('point-active').scrollIntoViewIfNeeded()
    await h.shot(page, 'admin-12-new-point-errors')

    await typeInto(page, 'point-code', DEMO.pointCode)
    expect(await page.getByTestId('point-code').getByTestId('field-error').textContent()).toContain('已被')
    expect(await page.getByTestId('form-submit').getAttribute('class')).toContain('nut-button-disabled')

    await typeInto(page, 'point-code', 'xd03')
    await typeInto(page, 'point-name', '新东社区第三说事点')
    await page.getByTestId('option-kind-talk').click()
    await typeInto(page, 'point-community', '新东社区')
    await page.getByTestId('pick-village-QX-A1').click()
    await typeInto(page, 'point-address', '新东社区幸福路 120 号')
    await typeInto(page, 'point-openhours', '每周一 9:00–11:30')
    await page.getByTestId(`option-lead-${NEW_CADRE}`).click()
    await page.getByTestId('option-kind-talk').scrollIntoViewIfNeeded()
    await h.shot(page, 'admin-13-new-point-form')
    await submitForm(page)
    await page.getByTestId('point-row-xd03').waitFor()
    expect(await page.getByTestId('point-row-xd03').textContent()).toContain(NEW_NAME)
    await page.context().close()

    const got = await h.system.call('resident', DEMO.residentA, { action: 'points.get', code: 'xd03' })
    expect(got).toEqual({ ok: true, data: { code: 'xd03', name: '新东社区第三说事点', kind: 'talk', community: '新东社区', address: '新东社区幸福路 120 号', openHours: '每周一 9:00–11:30', org: 'QX-A1' } })
  })
})
