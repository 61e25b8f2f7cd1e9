/**
 * The 两代表工作室's own work in the browser, on the demo studio xd02: its liaison plans next
 * month from the rotation's proposal and sees the warning until the month has its two
 * receptions and its collective meeting, then publishes; a resident finds the month on the
 * studio's page with the deputies' names, rates the studio and raises a suggestion; the
 * liaison routes it and feeds back the outcome, which reaches the resident's 消息.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { STUDIO_DEMO } from '../emulator/seed-studio'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const OUTCOME = '镇里已安排，坡道下月动工'
let h: Harness

beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
})
afterAll(async () => {
  await h?.stop()
})

const setClock = async (now: string) => {
  const res = await fetch(`${h.system.url}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now }) })
  expect(res.status).toBe(200)
}

describe('the 两代表工作室', () => {
  it('the liaison plans December: warned until the minimum is met, then publishes', async () => {
    const page = await h.pageAs(STUDIO_DEMO.liaison)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-studio').click()
    await page.getByTestId('studio-month-2026-12').click()
    await expect.poll(() => page.getByTestId('studio-warning').count()).toBe(2)
    await page.getByTestId('studio-adopt').click()
    await expect.poll(() => page.getByTestId('studio-warning').count()).toBe(0)
    // without the collective meeting the month is short again
    await page.getByTestId('studio-remove-2026-12-25-pm').click()
    await expect.poll(() => page.getByTestId('studio-warning').textContent()).toContain('集体活动')
    await page.getByTestId('studio-adopt').click()
    await expect.poll(() => page.getByTestId('studio-warning').count()).toBe(0)
    await page.getByTestId('studio-publish').click()
    await expect.poll(() => page.getByTestId('studio-plan').textContent()).toContain('已发布到工作室页面')
    await h.shot(page, 'studio-01-plan')
    await page.context().close()
  })

  it('in December a resident sees the month on the studio’s page, rates the studio and raises a suggestion', async () => {
    await setClock('2026-12-02T02:00:00Z')
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/studio/index?code=${STUDIO_DEMO.code}`)
    await expect.poll(() => page.getByTestId('studio-plan-2026-12-04-am').textContent()).toContain('钱代表')
    expect(await page.getByTestId('studio-plan-2026-12-25-pm').textContent()).toContain('集体活动')
    await page.getByTestId('studio-level-satisfied').click()
    await page.getByTestId('studio-rate-send').click()
    await expect.poll(() => page.getByTestId('studio-rated').textContent()).toContain('满意')
    await typeInto(page, 'studio-suggest-content', '建议在工作室门口修一条无障碍坡道', 'textarea')
    await page.getByTestId('studio-suggest-send').click()
    await page.getByTestId('studio-suggest-sent').waitFor()
    await h.shot(page, 'studio-02-resident')
    await page.context().close()
  })

  it('the liaison routes the suggestion and feeds back the outcome; it reaches the resident', async () => {
    const page = await h.pageAs(STUDIO_DEMO.liaison)
    await page.goto(`${h.system.url}/#/staff/pages/studio/index`)
    await page.getByTestId('studio-tab-suggestions').click()
    const card = page.locator('[data-testid^="suggestion-"]', { hasText: '建议在工作室门口修一条无障碍坡道' }).first()
    const id = ((await card.getAttribute('data-testid')) ?? '').replace('suggestion-', '')
    await typeInto(page, `route-outside-${id}`, '青溪镇人民政府')
    await typeInto(page, `route-${id}-text`, '请研究修建无障碍坡道', 'textarea')
    await page.getByTestId(`route-${id}-send`).click()
    await expect.poll(() => page.getByTestId(`suggestion-${id}`).textContent()).toContain('已分送')
    await typeInto(page, `feedback-${id}-text`, OUTCOME, 'textarea')
    await page.getByTestId(`feedback-${id}-send`).click()
    await expect.poll(() => page.getByTestId(`suggestion-feedback-${id}`).textContent()).toContain(OUTCOME)
    await page.context().close()
    const resident = await h.pageAs(DEMO.residentB)
    await resident.goto(`${h.system.url}/#/pages/messages/index`)
    await expect.poll(() => resident.getByTestId('message-row').first().textContent()).toContain(OUTCOME)
    await h.shot(resident, 'studio-03-feedback')
    await resident.context().close()
  })
})
