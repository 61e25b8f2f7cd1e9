/**
 * 违纪线索 from the filer's side: a resident (resident function) or a cadre or leader
 * (staff function) files one about a point; whom it may concern; the filer's own list.
 * Nothing is written anywhere but `discipline` (and the rate, the outbox, the audit).
 */
import type { ClueFilerView, DisciplineResidentResponses } from '../../domain/discipline/api'
import { mayFileAsStaff } from '../../domain/discipline/policy'
import type { ClueDraft, DisciplineResidentEvent, DisciplineStaffEvent } from '../../domain/discipline/schemas'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { requireRight } from '../kernel/access'
import { audit } from '../kernel/audit'
import { stableId } from '../kernel/ids'
import { offsetOf, pageOf } from '../kernel/paging'
import { assertOwnPhotos } from '../kernel/photos'
import type { CloudPort, DatabasePort } from '../kernel/port'
import type { RateRule } from '../kernel/rate-limit'
import type { ResidentContext } from '../kernel/resident-context'
import type { StaffContext } from '../kernel/staff-context'
import type { RetryOptions } from '../kernel/transaction'
import { asClue, asClues, toFilerView, type ClueRecord } from './clue-records'
import { destinationOf, peopleOf } from './clue-reads'
import { writeNewClue } from './clue-write'

const HOUR_MS = 60 * 60 * 1000
const PAGE = 20

const rateOf = (openid: string): RateRule => ({
  key: `discipline-${openid}`,
  limit: RATE_LIMITS.cluesPerHour,
  windowMs: HOUR_MS,
  message: `提交太频繁：每小时最多反映 ${RATE_LIMITS.cluesPerHour} 条，请稍后再试`,
})

interface Filer {
  cloud: CloudPort
  db: DatabasePort
  now: Date
  queued: string[]
  retry?: RetryOptions
  openid: string
  filedAs: ClueRecord['filedAs']
  name: string | null
}

async function file(f: Filer, input: ClueDraft & { requestId: string }): Promise<ClueFilerView> {
  assertOwnPhotos(f.cloud, f.openid, input.photos)
  const id = stableId('clue', f.openid, input.requestId)
  // the same request again: the clue as it was filed, whatever the tree says now
  const before = asClue((await f.db.collection('discipline').doc(id).get()).data)
  if (before && before.filer === f.openid) return toFilerView(f.cloud, before)
  const to = await destinationOf(f.db, input)
  const clue: ClueRecord = {
    _id: id,
    requestId: input.requestId,
    filer: f.openid,
    filedAs: f.filedAs,
    filerName: f.name,
    pointCode: to.point.code,
    pointName: to.point.name,
    node: to.route.node,
    nodeName: to.nodeName,
    about: to.about,
    content: input.content,
    photos: input.photos ?? [],
    state: 'filed',
    reply: null,
    repliedAt: null,
    steps: [{ step: 'file', at: f.now, by: f.openid, byName: f.name ?? '居民' }],
    filedAt: f.now,
    updatedAt: f.now,
  }
  const written = await writeNewClue(f, clue, rateOf(f.openid), to.route.recipients)
  await audit(f.db, { actor: f.openid, action: 'discipline.file', target: `discipline:${written._id}`, at: f.now })
  return toFilerView(f.cloud, written)
}

export async function fileAsResident(input: DisciplineResidentEvent<'discipline.file'>, ctx: ResidentContext): Promise<ClueFilerView> {
  const openid = ctx.openid()
  return file({ ...ctx, retry: ctx.options.retry, openid, filedAs: 'resident', name: null }, input)
}

export async function fileAsStaff(input: DisciplineStaffEvent<'discipline.file'>, ctx: StaffContext): Promise<ClueFilerView> {
  const staff = await ctx.caller()
  requireRight(mayFileAsStaff(staff) && staff.points.includes(input.pointCode), '您只能就自己所在的说事点向上级党委反映')
  return file({ ...ctx, retry: ctx.options.retry, openid: staff.openid, filedAs: 'staff', name: staff.name }, input)
}

export async function peopleForResident(input: DisciplineResidentEvent<'discipline.people'>, ctx: ResidentContext) {
  ctx.openid()
  return { people: await peopleOf(ctx.db, input.pointCode) }
}

export async function peopleForStaff(input: DisciplineStaffEvent<'discipline.people'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  requireRight(mayFileAsStaff(staff) && staff.points.includes(input.pointCode), '您只能就自己所在的说事点向上级党委反映')
  return { people: await peopleOf(ctx.db, input.pointCode) }
}

/** The filer's own clues, newest first: their state and the reply, whoever filed them (the same openid on both sides). */
export async function mine(input: DisciplineResidentEvent<'discipline.mine'>, ctx: ResidentContext): Promise<DisciplineResidentResponses['discipline.mine']> {
  const openid = ctx.openid()
  const offset = offsetOf(input.cursor)
  const size = input.limit ?? PAGE
  const { data } = await ctx.db.collection('discipline').where({ filer: openid }).orderBy('filedAt', 'desc').skip(offset).limit(size + 1).get()
  const { rows, nextCursor } = pageOf(asClues(data), offset, size)
  if (rows.length) await audit(ctx.db, { actor: openid, action: 'discipline.mine', target: `discipline:filer:${openid}`, at: ctx.now })
  return { items: await Promise.all(rows.map((c) => toFilerView(ctx.cloud, c))), nextCursor }
}
