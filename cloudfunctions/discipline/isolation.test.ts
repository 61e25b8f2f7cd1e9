/**
 * 违纪线索 never enter the point: every staff action that lists, searches, counts, reports,
 * exports or tells, called by the point's leader and cadre, the township's leader and
 * admin and the deployment's admin, answers exactly as it did before the clues were filed
 * and holds neither a clue's id nor a word of it. The actions come from the staff
 * function's own map (its keys are the contract's: Handlers<typeof staffEventSchemas…>
 * in cloudfunctions/staff/handler.ts), so a new action must be probed here or named as
 * not a list, or this file fails to compile and to pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staffEventSchemas, type StaffAction } from '../../domain/contract'
import { FILER_PAGE, RECEIVER_PAGE } from '../../domain/discipline/notices'
import { MATTER_SETS } from '../../domain/figures/figures'
import { QUEUE_TABS } from '../../domain/matters/handling'
import { OUTBOX_STATUSES } from '../../domain/messages/templates'
import { fresh, startWorld, type World } from '../testing'
import { clueEvent, makeOversight, type Oversight } from './testing-discipline'

const START = '2026-11-28T02:00:00Z'
const MARKERS = ['甲乙丙丁戊己庚辛', '子丑寅卯辰巳午未']
const P = { from: '2026-11-01', to: '2026-11-30', month: '2026-11', year: 2026, quarter: 4, half: 2 }

interface Place {
  point: string
  town: string
  matter: string
}
type Probe = (x: Place) => object[]

/** Every staff action: how to call it when it lists, searches or counts, or why it does not. */
const ACTIONS: Record<StaffAction, Probe | `not a list: ${string}`> = {
  me: () => [{}],
  'staff.list': () => [{}],
  'routing.list': () => [{}],
  queue: () => QUEUE_TABS.map((tab) => ({ tab })),
  'items.search': () => [...MARKERS, '低保', '纪委', '违纪'].map((q) => ({ q })),
  'item.get': (x) => [{ id: x.matter }],
  'desk.today': (x) => [{ pointCode: x.point }],
  'homeVisit.list': (x) => [{}, { pointCode: x.point }],
  'messages.list': () => [{}],
  'outbox.list': () => OUTBOX_STATUSES.map((status) => ({ status, limit: 50 })),
  'duty.list': (x) => [{ pointCode: x.point, month: P.month }],
  'schedule.get': (x) => [{ pointCode: x.point }],
  'schedule.stranded': (x) => [{ pointCode: x.point }],
  'visits.list': (x) => [{}, { pointCode: x.point }],
  'visits.month': (x) => [{}, { pointCode: x.point }],
  'visits.quotas': () => [{}],
  'visits.candidates': (x) => [{ pointCode: x.point }],
  'visits.ofItem': (x) => [{ itemId: x.matter }],
  'visits.leaders': (x) => [{}, { node: x.town }],
  'meetings.waiting': (x) => [{}, { pointCode: x.point }],
  'meetings.list': (x) => [{}, { pointCode: x.point }],
  'trips.pending': (x) => [{}, { pointCode: x.point }],
  'trips.list': (x) => [{}, { pointCode: x.point }],
  'figures.get': (x) => [{ from: P.from, to: P.to }, { from: P.from, to: P.to, pointCode: x.point }, { from: P.from, to: P.to, node: x.town }],
  'figures.nodes': () => [{}],
  'figures.items': (x) => MATTER_SETS.flatMap((figure) => [{ from: P.from, to: P.to, figure }, { from: P.from, to: P.to, figure, node: x.town }]),
  'orgs.tree': () => [{}],
  'reports.quarter': (x) => [{ pointCode: x.point, year: P.year, quarter: P.quarter }],
  'reports.node': (x) => [{ node: x.town, year: P.year, quarter: P.quarter }],
  'summaries.draft': (x) => [{ pointCode: x.point, year: P.year, half: P.half }],
  'exports.items': (x) => [{ from: P.from, to: P.to }, { from: P.from, to: P.to, pointCode: x.point, unmasked: true }],
  'board.pending': () => [{}],
  'departments.list': (x) => [{ node: x.town }, { pointCode: x.point }],
  'departments.figures': (x) => [{ from: P.from, to: P.to }, { from: P.from, to: P.to, node: x.town }],
  'dept.queue': () => [{}],
  'discipline.people': (x) => [{ pointCode: x.point }],
  'discipline.list': () => [{}],
  'ledger.areas': () => [{}],
  'ledger.month': () => [{ area: 'area-none', month: P.month }],
  'support.list': (x) => [{ pointCode: x.point }],
  'support.figures': (x) => [{ pointCode: x.point }],
  'notices.list': (x) => [{ pointCode: x.point }],
  'notices.matters': (x) => [{ pointCode: x.point }],
  'notices.ofItem': (x) => [{ itemId: x.matter }],
  'areas.list': (x) => [{ pointCode: x.point }],
  'households.list': () => [{ area: 'area-none' }],
  'studio.list': () => [{}],
  'studio.plan': 'not a list: a 两代表工作室’s calendar (refused at this talk point; it holds no matter)',
  'studio.suggestions': (x) => [{ pointCode: x.point }],
  'studio.ratings': 'not a list: a 两代表工作室’s 评议 counts (refused at this talk point)',
  'invite.create': 'not a list: makes an invite',
  'invite.redeem': 'not a list: joins the staff',
  'staff.deactivate': 'not a list: a change of a staff member',
  'points.upsert': 'not a list: writes a point',
  'points.qrcode': 'not a list: a point’s code image',
  'routing.set': 'not a list: writes the routing',
  'item.accept': 'not a list: a step on a matter',
  'item.replyOnSpot': 'not a list: a step on a matter',
  'item.progress': 'not a list: a step on a matter',
  'item.transfer': 'not a list: a step on a matter',
  'item.escalate': 'not a list: a step on a matter',
  'item.escalationAnswer': 'not a list: a step on a matter',
  'item.decide': 'not a list: a step on a matter',
  'item.extend': 'not a list: a step on a matter',
  'item.approveExtension': 'not a list: a step on a matter',
  'item.reply': 'not a list: a step on a matter',
  'item.recordRating': 'not a list: a step on a matter',
  'item.registerForResident': 'not a list: registers a matter',
  'item.assign': 'not a list: a 交办 of a matter',
  'booking.checkIn': 'not a list: a step on a booking',
  'booking.noShow': 'not a list: a step on a booking',
  'booking.cancelByStaff': 'not a list: a step on a booking',
  'booking.toItem': 'not a list: a step on a booking',
  'booking.move': 'not a list: a step on a booking',
  'homeVisit.schedule': 'not a list: a step on a home visit',
  'homeVisit.done': 'not a list: a step on a home visit',
  'subscriptions.record': 'not a list: records a subscription',
  'messages.markRead': 'not a list: marks messages read',
  'outbox.retry': 'not a list: resends one message',
  'duty.set': 'not a list: writes a duty',
  'duty.rotate': 'not a list: writes duties',
  'duty.swapRequest': 'not a list: a swap',
  'duty.swapAnswer': 'not a list: a swap',
  'duty.swapWithdraw': 'not a list: a swap',
  'staff.setAway': 'not a list: a staff member’s absence',
  'staff.clearAway': 'not a list: a staff member’s absence',
  'staff.setLeader': 'not a list: a leader’s 挂点',
  'schedule.save': 'not a list: writes a schedule',
  'visits.create': 'not a list: writes a diary entry',
  'visits.get': 'not a list: one diary entry by id',
  'visits.toItem': 'not a list: registers a matter from a diary entry',
  'visits.setQuota': 'not a list: writes a quota',
  'meetings.create': 'not a list: writes a meeting',
  'meetings.record': 'not a list: writes a meeting',
  'meetings.get': 'not a list: one meeting by id',
  'trips.plan': 'not a list: writes a trip',
  'trips.record': 'not a list: writes a trip',
  'trips.get': 'not a list: one trip by id',
  'orgs.save': 'not a list: writes the tree',
  'reports.rate': 'not a list: a rating',
  'summaries.save': 'not a list: writes a summary',
  'summaries.finalise': 'not a list: writes a summary',
  'board.review': 'not a list: a moderation step',
  'board.withdraw': 'not a list: a moderation step',
  'departments.save': 'not a list: writes a department',
  'dept.get': 'not a list: one 交办 by id',
  'dept.accept': 'not a list: a 交办 step',
  'dept.answer': 'not a list: a 交办 step',
  'dept.return': 'not a list: a 交办 step',
  'meetings.forum': 'not a list: convenes a 座谈会',
  'meetings.opinions': 'not a list: writes a 座谈会’s opinions',
  'meetings.opinionsToMatters': 'not a list: registers matters',
  'ledger.remark': 'not a list: writes a ledger’s remarks',
  'ledger.confirm': 'not a list: confirms a ledger',
  'support.save': 'not a list: writes a support plan',
  'support.get': 'not a list: one plan by id',
  'support.end': 'not a list: ends a support plan',
  'notices.save': 'not a list: writes a notice',
  'notices.publish': 'not a list: publishes a notice',
  'notices.withdraw': 'not a list: withdraws a notice',
  'notices.get': 'not a list: one notice by id',
  'areas.save': 'not a list: writes an area',
  'areas.retire': 'not a list: retires an area',
  'households.get': 'not a list: one household by id',
  'households.save': 'not a list: writes a household',
  'households.moveOut': 'not a list: a household moves out',
  'studio.savePlan': 'not a list: writes a studio’s plan',
  'studio.suggest': 'not a list: records a suggestion',
  'studio.route': 'not a list: a step on a suggestion',
  'studio.update': 'not a list: a step on a suggestion',
  'studio.feedback': 'not a list: a step on a suggestion',
  'discipline.file': 'not a list: files a clue (the filer’s own)',
  'discipline.get': 'not a list: refused to all but the receivers (receive.test.ts)',
  'discipline.ack': 'not a list: refused to all but the receivers (receive.test.ts)',
  'discipline.reply': 'not a list: refused to all but the receivers (receive.test.ts)',
  'discipline.close': 'not a list: refused to all but the receivers (receive.test.ts)',
}

const PROBED = (Object.keys(ACTIONS) as StaffAction[]).filter((a) => typeof ACTIONS[a] === 'function')

let w: World
let o: Oversight
let x: Place
beforeAll(async () => {
  w = await startWorld(START)
  o = await makeOversight(w)
  x = { point: o.pointA, town: o.townA, matter: await w.submit({ pointCode: o.pointA }) }
})
afterAll(async () => w?.stop())

/** What an answer shows: an export's file by its rows (its name and link are new each time). */
async function shown(reply: { ok: boolean; data?: Record<string, unknown>; error?: { code: string } }): Promise<unknown> {
  if (reply.ok && reply.data && typeof reply.data.url === 'string' && typeof reply.data.fileID === 'string') {
    const { fileID: _f, url, ...rest } = reply.data
    return { ...rest, csv: await (await fetch(url)).text() }
  }
  return reply.ok ? reply.data : { error: reply.error?.code }
}

async function everything(who: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const action of PROBED) {
    const probe = ACTIONS[action] as Probe
    for (const [i, input] of probe(x).entries()) {
      const r = await w.staff(who, { action, ...input })
      expect({ action, input, code: r.error?.code }).not.toMatchObject({ code: 'INVALID_INPUT' })
      out[`${action}#${i}`] = await shown(r)
    }
  }
  return out
}

describe('违纪线索 stay out of every list the point’s people and the admins call', () => {
  it('every staff action is either probed here or named as not a list', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(staffEventSchemas).sort())
    expect(PROBED.length).toBeGreaterThan(30)
  })

  it('the point’s leader and cadre, the township’s leader and admin, the deployment’s admin: the same answers before and after, no id, no word', async () => {
    const viewers = { pointLeader: o.pointLeader, cadre: o.cadre, townLeader: o.leaderA, townAdmin: o.townAdmin, deploymentAdmin: o.deploymentAdmin }
    const before: Record<string, Record<string, unknown>> = {}
    for (const [name, who] of Object.entries(viewers)) before[name] = await everything(who)

    // a resident's clue, and one a cadre files while on the matter (about the point's leader)
    const resident = fresh('resident')
    const a = await w.resident(resident, clueEvent(o.pointA, { content: `村干部在低保评定中优亲厚友。${MARKERS[0]}` }))
    const b = await w.staff(o.cadre, clueEvent(o.pointA, { about: { staff: o.pointLeader }, content: `负责人收受礼品，拖延办理。${MARKERS[1]}` }))
    expect([a.ok, b.ok]).toEqual([true, true])
    const secrets = [a.data.id, b.data.id, ...MARKERS]

    for (const [name, who] of Object.entries(viewers)) {
      const after = await everything(who)
      for (const [key, answer] of Object.entries(after)) {
        const text = JSON.stringify(answer)
        for (const s of secrets) expect({ name, key, leaks: text.includes(s) }).toEqual({ name, key, leaks: false })
        if (key.startsWith('outbox.list')) continue
        expect({ name, key, answer }).toEqual({ name, key, answer: before[name][key] })
      }
      // the outbox names deliveries, never the matter: what is new opens a neutral page
      const pages = Object.entries(after)
        .filter(([k]) => k.startsWith('outbox.list'))
        .flatMap(([k, v]) => ((v as { items?: { id: string; page: string }[] }).items ?? []).filter((m) => !JSON.stringify(before[name][k]).includes(m.id)))
        .map((m) => m.page)
      expect(pages.every((p) => p === RECEIVER_PAGE || p === FILER_PAGE)).toBe(true)
    }
  })
})
