/**
 * For elderly eyes and fingers: a walk through every page of the app (the list is read
 * from src/app.config.ts, so a new page must join the walk), resident pages as a
 * resident, staff pages as the cadre, leader or admin who uses them, on the demo data
 * with a matter, a booking and a trip of their own so the pages have content. On each
 * page (and a page's second state, such as a form behind its privacy notice) it checks
 * e2e/a11y-audit.ts: text of residents' pages at least 16 px (staff pages 14 px), every
 * tap target at least 44 × 44 px, no time or date broken across lines, no brackets within
 * brackets, every input saying what to write; and no console error. One failure lists
 * every offender.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { DEMO, DEMO_ORG } from '../emulator/seed'
import { DEPT_DEMO } from '../emulator/seed-departments'
import { DISCIPLINE_DEMO } from '../emulator/seed-discipline'
import { auditPage, type AuditOptions } from './a11y-audit'
import { api } from './api'
import { startHarness, type Harness } from './harness'

const RESIDENT: AuditOptions = { minText: 16, minTarget: 44 }
const STAFF: AuditOptions = { minText: 14, minTarget: 44 }

interface Stop {
  page: string
  who: string
  query?: string
  /** further states of the page to check, each reached by a step */
  then?: { name: string; step: (page: Page) => Promise<void> }[]
}

/** Every page the app declares, main package and subpackages. */
function declaredPages(): string[] {
  const source = readFileSync(path.resolve(__dirname, '..', 'src', 'app.config.ts'), 'utf8')
  const main = [...source.slice(source.indexOf('pages:'), source.indexOf('subPackages')).matchAll(/'(pages\/[^']+)'/g)].map((m) => m[1])
  const staff = [...source.slice(source.indexOf('subPackages'), source.indexOf('window:')).matchAll(/'(pages\/[^']+\/index)'/g)].map((m) => `staff/${m[1]}`)
  return [...main, ...staff]
}

let h: Harness
const ids = { item: '', staffItem: '', visit: '', trip: '' }
const contexts = new Map<string, BrowserContext>()

/** Past the privacy notice, if this person has not agreed to it yet on another page. */
const agree = async (page: Page) => {
  if (await page.getByTestId('consent-agree').isVisible()) await page.getByTestId('consent-agree').click()
}

function stops(): Stop[] {
  return [
    { page: 'pages/index/index', who: DEMO.residentA, query: `scene=${DEMO.pointCode}` },
    { page: 'pages/index/index', who: DEMO.residentB },
    { page: 'pages/mine/index', who: DEMO.residentA },
    { page: 'pages/submit/index', who: DEMO.residentB, query: `point=${DEMO.pointCode}`, then: [{ name: 'form', step: agree }] },
    { page: 'pages/item/index', who: DEMO.residentA, query: `id=${ids.item}` },
    { page: 'pages/messages/index', who: DEMO.residentA },
    { page: 'pages/booking/index', who: DEMO.residentB, query: `point=${DEMO.pointCode}`, then: [{ name: 'form', step: agree }] },
    { page: 'pages/booking/index', who: DEMO.residentA, query: `point=${DEMO.pointCode}&home=1` },
    { page: 'pages/board/index', who: DEMO.residentA, query: `point=${DEMO.pointCode}` },
    { page: 'staff/pages/workbench/index', who: DEMO.leader },
    { page: 'staff/pages/workbench/index', who: DEMO.cadre1 },
    { page: 'staff/pages/item/index', who: DEMO.cadre1, query: `id=${ids.staffItem}` },
    { page: 'staff/pages/join/index', who: DEMO.residentB },
    { page: 'staff/pages/admin/index', who: DEMO.admin },
    { page: 'staff/pages/orgs/index', who: DEMO_ORG.countyAdmin, then: [{ name: 'a village chosen', step: (p) => p.getByTestId('org-row-QX-A1').click() }] },
    { page: 'staff/pages/qrcode/index', who: DEMO.leader, query: `code=${DEMO.pointCode}` },
    { page: 'staff/pages/messages/index', who: DEMO.cadre1 },
    // next month: the cadre's duties still to come, each with 申请换班
    { page: 'staff/pages/duty/index', who: DEMO.cadre1, then: [{ name: 'next month', step: (p) => p.getByTestId('duty-month-next').click() }] },
    { page: 'staff/pages/desk/index', who: DEMO.cadre1 },
    // December: days still to come, each with 当天不开放
    { page: 'staff/pages/schedule/index', who: DEMO.leader, query: `code=${DEMO.pointCode}`, then: [{ name: 'December', step: (p) => p.getByTestId('month-2026-12').click() }] },
    { page: 'staff/pages/diary/index', who: DEMO.cadre1 },
    { page: 'staff/pages/visit-new/index', who: DEMO.cadre1 },
    { page: 'staff/pages/visit/index', who: DEMO.cadre1, query: `id=${ids.visit}` },
    { page: 'staff/pages/meetings/index', who: DEMO.leader },
    { page: 'staff/pages/meeting/index', who: DEMO.leader, query: 'id=demo-meeting-council' },
    { page: 'staff/pages/trips/index', who: DEMO.leader },
    { page: 'staff/pages/trip/index', who: DEMO.leader, query: `id=${ids.trip}` },
    { page: 'staff/pages/home-visits/index', who: DEMO.cadre1 },
    { page: 'staff/pages/figures/index', who: DEMO.leader },
    // a leader above the points: a township's villages beside its figures, ranked; then a village's points
    {
      page: 'staff/pages/figures/index',
      who: DEMO_ORG.townLeader,
      then: [{ name: 'a village', step: (p) => p.getByTestId('figures-child-QX-A1').click() }],
    },
    { page: 'staff/pages/figure-items/index', who: DEMO.leader, query: 'figure=collected&from=2026-11-01&to=2026-11-30' },
    { page: 'staff/pages/report/index', who: DEMO.leader },
    { page: 'staff/pages/node-report/index', who: DEMO_ORG.townLeader, query: 'node=QX-A' },
    { page: 'staff/pages/summary/index', who: DEMO.leader },
    { page: 'staff/pages/forms/index', who: DEMO.cadre1, query: `id=${ids.staffItem}` },
    { page: 'staff/pages/exports/index', who: DEMO.leader },
    { page: 'staff/pages/board-review/index', who: DEMO.leader },
    { page: 'staff/pages/dept-queue/index', who: DEPT_DEMO.civil },
    { page: 'staff/pages/dept-item/index', who: DEPT_DEMO.civil, query: 'id=demo-dept-open' },
    { page: 'staff/pages/dept-figures/index', who: DEPT_DEMO.townshipLeader },
    { page: 'staff/pages/ledger/index', who: DEMO.leader },
    { page: 'pages/notice/index', who: DEMO.residentA, query: 'id=demo-notice-lights' },
    { page: 'staff/pages/notices/index', who: DEMO.leader },
    { page: 'staff/pages/notices/edit', who: DEMO.leader, query: 'id=demo-notice-parking' },
    { page: 'staff/pages/meeting/index', who: DEMO.leader, query: 'id=demo-meeting-forum' },
    { page: 'staff/pages/areas/index', who: DEMO.leader },
    { page: 'staff/pages/area/index', who: DEMO.cadre1, query: 'id=demo-area-xd01-1' },
    { page: 'pages/studio/index', who: DEMO.residentB, query: `code=${DEMO.studioCode}` },
    { page: 'staff/pages/studio/index', who: 'demo-liaison', then: [{ name: 'suggestions', step: (p) => p.getByTestId('studio-tab-suggestions').click() }] },
    { page: 'pages/discipline/index', who: DEMO.residentA },
    { page: 'staff/pages/discipline/index', who: DISCIPLINE_DEMO.town },
    { page: 'staff/pages/discipline-item/index', who: DISCIPLINE_DEMO.town, query: `id=${DISCIPLINE_DEMO.filed}` },
    { page: 'staff/pages/discipline-file/index', who: DEMO.cadre1, query: `point=${DEMO.pointCode}` },
  ]
}

beforeAll(async () => {
  h = await startHarness({ demoMatters: true })
  const a = api(h.system)
  const mine = await a.submit(DEMO.residentA, {
    pointCode: DEMO.pointCode,
    category: '环境卫生',
    content: '小区北门的垃圾桶满了好几天没人清运，气味很大',
    name: '刘桂兰',
    phone: '13912345601',
    address: '新东社区东河路 3 号',
  })
  ids.item = mine.id
  // the cadre's own: assigned by the routing table to 张建国 (政策咨询)
  const theirs = await a.submit(DEMO.residentB, { pointCode: DEMO.pointCode, category: '政策咨询', content: '想问问养老补贴怎么申请，要带哪些材料', name: '王秀兰', phone: '13912345602', address: '和平路 5 号' })
  ids.staffItem = theirs.id
  const visits = await h.system.cloud.db.dump('visits')
  ids.visit = String(visits.find((v) => v.author === DEMO.cadre1)?._id)
  const pending = await a.staff(DEMO.leader, { action: 'trips.pending', pointCode: DEMO.pointCode })
  const trip = await a.staff(DEMO.leader, { action: 'trips.plan', pointCode: DEMO.pointCode, date: '2026-11-30', itemIds: [pending.groups[0].items[0].id] })
  ids.trip = trip.id
  // a booking of resident A's, for 我的 and the booking page
  const slots = await a.resident(DEMO.residentA, { action: 'slots.list', pointCode: DEMO.pointCode })
  const slot = slots.openings.flatMap((o: { kind: string; slots: { id: string; left: number }[] }) => (o.kind === 'booking' ? o.slots : [])).find((s: { left: number }) => s.left > 0)
  await a.resident(DEMO.residentA, {
    action: 'booking.create',
    requestId: 'e2e-a11y-walk-booking-1',
    slotId: slot.id,
    category: '政策咨询',
    topic: '想问问养老补贴怎么申请',
    contact: { name: '刘桂兰', phone: '13912345601', address: '新东社区东河路 3 号' },
  })
})
afterAll(async () => {
  for (const c of contexts.values()) await c.close()
  await h?.stop()
})

/** A page of `who`'s own browser (one per person, as on their phone), its console errors kept. */
async function open(stop: Stop, errors: string[]): Promise<Page> {
  let context = contexts.get(stop.who)
  if (!context) {
    context = (await h.pageAs(stop.who)).context()
    contexts.set(stop.who, context)
  }
  const page = await context.newPage()
  // the narrowest phone the H5 build scales for (its rem stops shrinking at 375)
  await page.setViewportSize({ width: 375, height: 812 })
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${h.system.url}/#/${stop.page}${stop.query ? `?${stop.query}` : ''}`)
  return page
}

/** Waits for the page's content: its frame, no loading state left, the slide-in over. */
async function settled(page: Page) {
  await page.locator('.page-shell').first().waitFor()
  await expect.poll(() => page.getByTestId('state-loading').count(), { timeout: 15_000 }).toBe(0)
  await page.waitForTimeout(900)
  await expect.poll(() => page.getByTestId('state-loading').count(), { timeout: 15_000 }).toBe(0)
}

describe('every page, for elderly eyes and fingers', () => {
  it('walks every page the app declares', () => {
    const walked = new Set(stops().map((s) => s.page))
    expect(declaredPages().filter((p) => !walked.has(p))).toEqual([])
  })

  it('has no small text, small tap target, broken time, nested brackets, input without placeholder or console error', async () => {
    const offenders: string[] = []
    for (const stop of stops()) {
      const errors: string[] = []
      const page = await open(stop, errors)
      const where = `${stop.page}${stop.query ? `?${stop.query}` : ''} (${stop.who})`
      const rules = stop.page.startsWith('staff/') ? STAFF : RESIDENT
      try {
        await settled(page)
        for (const o of await page.evaluate(auditPage, rules)) offenders.push(`${where}: ${o}`)
        await page.screenshot({ path: path.resolve(__dirname, 'artifacts', `a11y-${stop.page.replace(/\//g, '_')}-${stop.who}.png`), fullPage: true })
        for (const next of stop.then ?? []) {
          await next.step(page)
          await settled(page)
          for (const o of await page.evaluate(auditPage, rules)) offenders.push(`${where} ${next.name}: ${o}`)
        }
      } catch (e) {
        offenders.push(`${where}: did not open (${(e as Error).message.split('\n')[0]})`)
      }
      for (const e of errors) offenders.push(`${where}: console error: ${e.slice(0, 160)}`)
      await page.close()
    }
    expect(offenders, `${offenders.length} offenders:\n${offenders.join('\n')}`).toEqual([])
  })
})
