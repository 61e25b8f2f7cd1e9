/**
 * 轮流值班 in a real browser against the local cloud: the admin opens 值班表 from 管理,
 * steps to the month of the talk point's next opening, arranges the order (王志强 first,
 * 陈书记 left out) and generates the rotation over the demo roster; the resident's point
 * page posts the cadre on duty for that opening. That cadre asks another to swap from
 * the workbench's 值班表; the other accepts; the roster and the resident's page show it.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DutyMonth, DutyOpeningView } from '../domain/duty/api'
import { DEMO } from '../emulator/seed'
import { dayLabel, clock } from '../src/lib/bookingText'
import { monthLabel } from '../src/lib/dutyText'
import { api } from './api'
import { startHarness, type Harness } from './harness'

const NAMES: Record<string, string> = { [DEMO.cadre1]: '张建国', [DEMO.cadre2]: '李秀英', [DEMO.cadre3]: '王志强', [DEMO.leader]: '陈书记' }

let h: Harness
/** the talk point's next opening that has not begun, and its month */
let next: DutyOpeningView
let month = ''

const roster = (m = month): Promise<DutyMonth> => api(h.system).staff(DEMO.admin, { action: 'duty.list', pointCode: DEMO.pointCode, month: m })
const onDuty = async (id: string) => (await roster()).openings.find((o) => o.id === id)!.onDuty.map((p) => p.openid)

beforeAll(async () => {
  h = await startHarness()
  const now = h.system.cloud.clock.now()
  for (const m of [0, 1].map((k) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 15)).toISOString().slice(0, 7))) {
    const found = (await roster(m)).openings.find((o) => !o.started)
    if (found) {
      next = found
      month = m
      break
    }
  }
  expect(next).toBeDefined()
})
afterAll(async () => {
  await h?.stop()
})

/** 值班表 on the month of the next opening. */
async function toMonth(page: Page) {
  await page.getByTestId('duty-month-label').waitFor()
  for (let i = 0; i < 3 && (await page.getByTestId('duty-month-label').textContent()) !== monthLabel(month); i++) {
    await page.getByTestId('duty-month-next').click()
  }
  expect(await page.getByTestId('duty-month-label').textContent()).toBe(monthLabel(month))
  await page.locator(`[data-opening="${next.id}"]`).waitFor()
}

const row = (page: Page, id: string) => page.locator(`[data-opening="${id}"]`)

/** The resident's point page: the line of the next opening. */
async function residentSees(shot: string): Promise<string> {
  const page = await h.pageAs(DEMO.residentA)
  await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
  const line = page.getByTestId('opening-row').filter({ hasText: dayLabel(next.date) }).filter({ hasText: clock(next.start) })
  await line.getByTestId('opening-duty').waitFor()
  const text = (await line.getByTestId('opening-duty').textContent()) ?? ''
  await page.getByTestId('next-openings').scrollIntoViewIfNeeded()
  await h.shot(page, shot)
  await page.context().close()
  return text
}

describe('the duty roster', () => {
  it('the admin generates the month’s rotation in the order they arrange', async () => {
    const page = await h.pageAs(DEMO.admin)
    await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
    await page.getByTestId('duty-entry').click()
    // the deployment's admin arranges every point of the county: the talk point is one of them
    await page.getByTestId(`duty-point-${DEMO.pointCode}`).click()
    await toMonth(page)
    await h.shot(page, 'duty-01-month')
    await page.getByTestId('duty-rotate-open').click()
    const rows = page.getByTestId('duty-order-row')
    await rows.first().waitFor()
    // 王志强 to the top, 陈书记 sits this month out
    for (let i = 0; i < 4 && !((await rows.first().textContent()) ?? '').includes('王志强'); i++) {
      await rows.filter({ hasText: '王志强' }).getByTestId('duty-order-up').click()
    }
    await rows.filter({ hasText: '陈书记' }).getByTestId('duty-order-toggle').click()
    // the rows taking part read 不参加 on their toggle
    const order = (await rows.allTextContents()).filter((t) => t.includes('不参加')).map((t) => Object.values(NAMES).find((n) => t.includes(n))!)
    expect(order[0]).toBe('王志强')
    await page.getByTestId('duty-rotate-replace').click()
    await h.shot(page, 'duty-02-rotate')
    await page.getByTestId('duty-rotate-go').click()
    await page.getByTestId('duty-rotate').waitFor({ state: 'detached' })

    // every opening not yet begun: the next in the arranged order, one after another
    const after = (await roster()).openings.filter((o) => !o.started)
    const names = after.map((o) => NAMES[o.onDuty[0].openid])
    const arranged = order.filter((n) => n !== '陈书记')
    names.forEach((n, i) => i > 0 && expect(arranged.indexOf(n)).toBe((arranged.indexOf(names[i - 1]) + 1) % arranged.length))
    expect(after.some((o) => o.uncovered)).toBe(false)
    await expect.poll(async () => (await row(page, next.id).getByTestId('duty-who').textContent()) ?? '').toContain(names[0])
    await h.shot(page, 'duty-03-rotated')
    await page.context().close()
  })

  it('the resident’s point page posts the cadre on duty for the next opening', async () => {
    const [cadre] = await onDuty(next.id)
    expect(await residentSees('duty-07-resident-roster')).toContain(`值班：${NAMES[cadre]}`)
  })

  it('the cadre on duty asks another to swap; the roster changes only when the other accepts', async () => {
    const [asker] = await onDuty(next.id)
    const other = [DEMO.cadre1, DEMO.cadre2, DEMO.cadre3].find((c) => c !== asker)!
    const theirs = (await roster()).openings.find((o) => !o.started && o.onDuty[0]?.openid === other)

    const page = await h.pageAs(asker)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('duty-entry').click()
    await toMonth(page)
    await row(page, next.id).getByTestId('duty-swap-open').click()
    await page.getByTestId(`duty-swap-with-${other}`).click()
    if (theirs) await page.getByTestId(`duty-swap-their-${theirs.id}`).click()
    await h.shot(page, 'duty-04-swap-request')
    await page.getByTestId('duty-swap-send').click()
    await page.getByTestId('duty-swap').waitFor({ state: 'detached' })
    await page.getByTestId('duty-swap-withdraw').waitFor()
    expect(await onDuty(next.id)).toEqual([asker])
    await page.context().close()

    const answer = await h.pageAs(other)
    await answer.goto(`${h.system.url}/#/staff/pages/duty/index?point=${DEMO.pointCode}`)
    await toMonth(answer)
    const request = answer.getByTestId('duty-swap-request')
    expect(await request.textContent()).toContain(`${NAMES[asker]}请您接 ${dayLabel(next.date)} ${clock(next.start)} 的值班`)
    await h.shot(answer, 'duty-05-swap-to-answer')
    await request.getByTestId('duty-swap-accept').click()
    await request.waitFor({ state: 'detached' })
    await expect.poll(async () => (await row(answer, next.id).getByTestId('duty-who').textContent()) ?? '').toContain(NAMES[other])
    await h.shot(answer, 'duty-06-swapped')
    await answer.context().close()

    expect(await onDuty(next.id)).toEqual([other])
    if (theirs) expect(await onDuty(theirs.id)).toEqual([asker])
    expect(await residentSees('duty-08-resident-after-swap')).toContain(`值班：${NAMES[other]}`)
  })
})
