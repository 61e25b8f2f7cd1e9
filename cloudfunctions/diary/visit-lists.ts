/**
 * 民情日记 lists: a cadre's diary by month (their own, or for a leader a cadre of their
 * points, audited), the visits tied to a matter, and the matters a 回访 may follow. Rows
 * carry the date, the form, a masked household and counts, never what was heard.
 */
import type { VisitCandidate, VisitRow } from '../../domain/diary/api'
import { maskAddress } from '../../domain/privacy/mask'
import type { DiaryEvent } from '../../domain/diary/schemas'
import { getStaff } from '../kernel/collections'
import { readPage } from '../kernel/paging'
import { asVisits, type VisitRecord } from './visit-records'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { diaryListScope, mayAskDiaryOf, mayReadDiaryOf } from '../../domain/diary/policy'
import { listedPoints } from '../../domain/points/policy'
import { auditDiaryRead, requireDiaryWriter } from './visit-access'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'

const DEFAULT_PAGE = 20

function toRow(v: VisitRecord): VisitRow {
  return {
    id: v._id,
    visitedAt: v.visitedAt,
    form: v.form,
    household: maskAddress(v.household.address),
    pointCode: v.pointCode,
    authorName: v.authorName,
    follows: v.followsItemIds.length,
    items: v.itemIds.length,
  }
}

export async function listVisits(input: DiaryEvent<'visits.list'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const readable = requireScope(diaryListScope(staff), '民情日记仅供干部和领导查看')
  const { db } = ctx
  const cadre = input.cadre ?? staff.openid
  if (cadre !== staff.openid) {
    requireRight(mayAskDiaryOf(staff, cadre), '只有领导可以查看其他干部的民情日记')
    requireRight(listedPoints(staff, input.pointCode) !== null, '只能查看自己所在说事点的民情日记')
    const target = await getStaff(db, cadre)
    requireRight(target !== null && mayReadDiaryOf(staff, target), '只能查看本说事点干部的民情日记')
    await auditDiaryRead(ctx, staff, cadre, 'visits.list', `diary-${cadre}`)
  }
  // the list shows only what the diary's rule lets the caller read
  const where = whereOf(db, {
    $and: [readable, { author: cadre, ...(input.pointCode ? { pointCode: input.pointCode } : {}), ...(input.month ? { month: input.month } : {}) }],
  })
  const query = db.collection('visits').where(where).orderBy('visitedAt', 'desc').orderBy('createdAt', 'desc')
  const page = await readPage(query, input, DEFAULT_PAGE, asVisits)
  return { visits: page.rows.map(toRow), nextCursor: page.nextCursor }
}

/** The visits that follow up a matter or registered it, among those the caller may read. */
export async function visitsOfItem(input: DiaryEvent<'visits.ofItem'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const readable = requireScope(diaryListScope(staff), '民情日记仅供干部和领导查看')
  const { data } = await ctx.db
    .collection('visits')
    .where(whereOf(ctx.db, { $and: [{ $or: [{ followsItemIds: input.itemId }, { itemIds: input.itemId }] }, readable] }))
    .orderBy('visitedAt', 'desc')
    .limit(50)
    .get()
  return { visits: asVisits(data).map(toRow) }
}

const CLOSED_OR_WITHDRAWN = ['closed', 'withdrawn']

/** The caller's matters at the point that a 回访 may follow: answered, 不满意, or 代登记 still open. */
export async function visitCandidates(input: DiaryEvent<'visits.candidates'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  requireDiaryWriter(staff, input.pointCode)
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('items')
    .where(
      _.and([
        { 'assignee.openid': staff.openid, pointCode: input.pointCode },
        _.or([{ status: 'replied' }, { followUp: true }, { ownerOpenid: '', status: _.nin(CLOSED_OR_WITHDRAWN) }]),
      ]),
    )
    .orderBy('updatedAt', 'desc')
    .limit(30)
    .get()
  const items: VisitCandidate[] = asItems(data).map((i) => ({
    id: i._id,
    no: i.no,
    category: i.category,
    status: i.status,
    why: i.followUp ? 'unsatisfied' : i.status === 'replied' ? 'replied' : 'proxy',
  }))
  return { items }
}
