/**
 * 组织架构 in the browser: the county's admin adds a village under a township, moves a
 * point into it and renames it, then invites a township leader, who joins and sees every
 * point of the township and none of the sibling township's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_ORG } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const LEADER = 'e2e-town-leader'
let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

async function openOrgs(): Promise<Page> {
  const page = await h.pageAs(DEMO_ORG.countyAdmin)
  await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
  await page.getByTestId('orgs-entry').click()
  await page.getByTestId(`org-row-${DEMO_ORG.county}`).waitFor()
  return page
}

/** Submits the form `form` (the 管理 page stays open below this one, with a form of its own) and waits for it to close. */
async function submit(page: Page, form: string) {
  await page.getByTestId(form).getByTestId('form-submit').click()
  await page.getByTestId(form).waitFor({ state: 'detached' })
}

describe('组织架构: a county admin shapes the tree and invites a township leader', () => {
  it('adds a village under a township, moves a point into it and renames it', async () => {
    const page = await openOrgs()
    await h.shot(page, 'orgs-01-tree')
    await page.getByTestId(`org-row-${DEMO_ORG.town}`).click()
    await page.getByTestId('org-add').click()
    await typeInto(page, 'org-name', '东山村')
    // a code that is not one: told on the spot, nothing sent
    await typeInto(page, 'org-code', '1东')
    await page.getByTestId('org-form-add').getByTestId('form-submit').click()
    expect(await page.getByTestId('org-form-add').getByTestId('field-error').first().textContent()).toContain('节点编号应以字母开头')
    await typeInto(page, 'org-code', 'QX-A9')
    await h.shot(page, 'orgs-02-add-village')
    await submit(page, 'org-form-add')
    await page.getByTestId('org-row-QX-A9').waitFor()

    await page.getByTestId('org-row-ty02').click()
    await page.getByTestId('point-move').click()
    await page.getByTestId('pick-village-QX-A9').click()
    await h.shot(page, 'orgs-03-move-point')
    await submit(page, 'point-move-form')
    // ty02 now follows 东山村 in the tree
    await expect.poll(async () => (await page.locator('[data-testid^="org-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).join(',')).toContain('org-row-QX-A9,org-row-ty02')

    await page.getByTestId('org-row-QX-A9').click()
    await page.getByTestId('org-rename').click()
    await typeInto(page, 'org-name', '东山新村')
    await submit(page, 'org-form-rename')
    await expect.poll(() => page.getByTestId('org-row-QX-A9').textContent()).toContain('东山新村')
    await h.shot(page, 'orgs-04-renamed')
    await page.context().close()
  })

  it('invites a leader for the township, who sees every point of it and none of the sibling township’s', async () => {
    const page = await h.pageAs(DEMO_ORG.countyAdmin)
    await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
    await page.getByTestId('invite-form').waitFor()
    await typeInto(page, 'invite-name', '钱镇长')
    await page.getByTestId('option-role-leader').click()
    await page.getByTestId(`option-node-${DEMO_ORG.town}`).click()
    await h.shot(page, 'orgs-05-invite-at-township')
    await page.getByTestId('form-submit').click()
    const code = ((await page.getByTestId('invite-code').textContent()) ?? '').trim()
    expect(await page.getByTestId('invite-result').textContent()).toContain('青溪镇')
    await page.context().close()

    const leader = await h.pageAs(LEADER)
    await leader.goto(`${h.system.url}/#/pages/mine/index`)
    await leader.getByTestId('staff-join-link').click()
    await typeInto(leader, 'join-code', code)
    await leader.getByTestId('join-submit').click()
    await leader.getByTestId('join-done').waitFor()
    expect(await leader.getByTestId('join-nodes').textContent()).toContain('青溪镇')
    const points = (await leader.getByTestId('join-points').textContent()) ?? ''
    for (const name of ['新东社区民情说事点', '桃源村民情说事点', '桃源村两代表工作室', '石桥村民情说事点']) expect(points).toContain(name)
    for (const name of ['南门社区', '河西社区', '柳湾村']) expect(points).not.toContain(name)
    await h.shot(leader, 'orgs-06-leader-joined')
    await leader.getByTestId('join-go-workbench').click()
    await expect.poll(() => leader.locator('.wb-head__points').first().textContent()).toContain('石桥村村口说事亭')
    expect(await leader.locator('.wb-head__points').first().textContent()).not.toContain('南门社区')
    await leader.context().close()
  })
})
