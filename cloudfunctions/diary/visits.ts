/**
 * 民情日记: a cadre records a visit (visits.create), reads it back (visits.get, also the
 * leaders of its point, audited), and registers matters for the household from it
 * (visits.toItem, through the same path as 代登记). A visit keeps the matters it follows
 * up and those registered from it; the matters' timelines are not touched, since the
 * diary is confidential and a matter's timeline is read by every cadre of the point.
 */
import type { DiaryEvent } from '../../domain/diary/schemas'
import type { StaffItemDetail } from '../../domain/matters/api'
import type { VisitMatter, VisitView } from '../../domain/diary/api'
import { toChinaIso } from '../../domain/kernel/time'
import { visitDateProblem } from '../../domain/diary/visits'
import { findActivePoint } from '../kernel/collections'
import { stableId } from '../kernel/ids'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { VisitRecord } from './visit-records'
import type { StaffContext } from '../kernel/staff-context'
import { view } from '../matters/item-ops'
import { registerForResidentTx } from '../matters/register-matter'
import { auditDiaryRead, readableVisit, requireDiaryWriter } from './visit-access'
import { visitRecordOf, writeVisitTx } from './visit-write'
import { visitHousehold } from './visit-household'
import { asItemFields, asPoint } from '../kernel/reads'
import { asFoundVisit, asVisit } from './visit-records'

/** Matters registered from one visit: a household's, so a handful at most. */
export const MAX_ITEMS_PER_VISIT = 10

async function mattersById(ctx: StaffContext, ids: readonly string[]): Promise<Map<string, Pick<ItemRecord, '_id' | 'no' | 'category' | 'status' | 'pointCode'>>> {
  if (ids.length === 0) return new Map()
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('items')
    .where({ _id: _.in([...ids]) })
    .field({ no: true, category: true, status: true, pointCode: true })
    .limit(ids.length)
    .get()
  return new Map(asItemFields(data, ['no', 'category', 'status', 'pointCode']).map((i) => [i._id, i]))
}

export async function toVisitView(ctx: StaffContext, staff: StaffRecord, v: VisitRecord): Promise<VisitView> {
  const [matters, point] = await Promise.all([
    mattersById(ctx, [...v.followsItemIds, ...v.itemIds]),
    ctx.db.collection('points').doc(`point-${v.pointCode}`).get(),
  ])
  const listed = (ids: string[]): VisitMatter[] =>
    ids.flatMap((id) => {
      const i = matters.get(id)
      return i ? [{ id, no: i.no, category: i.category, status: i.status }] : []
    })
  return {
    id: v._id,
    pointCode: v.pointCode,
    pointName: asPoint(point.data)?.name ?? v.pointCode,
    form: v.form,
    visitedAt: v.visitedAt,
    household: v.household,
    householdId: v.householdId ?? null,
    heard: v.heard,
    difficulties: v.difficulties,
    done: v.done,
    author: { openid: v.author, name: v.authorName },
    follows: listed(v.followsItemIds),
    items: listed(v.itemIds),
    createdAt: toChinaIso(v.createdAt),
    mine: v.author === staff.openid,
  }
}

export async function createVisit(input: DiaryEvent<'visits.create'>, ctx: StaffContext): Promise<VisitView> {
  const staff = await ctx.caller()
  requireDiaryWriter(staff, input.pointCode)
  const { db, now } = ctx
  const id = stableId('visit', staff.openid, input.requestId)
  const existing = asVisit((await db.collection('visits').doc(id).get()).data)
  if (existing) return toVisitView(ctx, staff, existing)

  const dateProblem = visitDateProblem(input.visitedAt, now)
  if (dateProblem) throw new AppError('INVALID_INPUT', dateProblem)
  const follows = input.followsItemIds ?? []
  const found = await mattersById(ctx, follows)
  if (follows.some((f) => found.get(f)?.pointCode !== input.pointCode)) {
    throw new AppError('INVALID_INPUT', '关联的事项不存在，或不是本说事点的事项')
  }
  const point = await findActivePoint(db, input.pointCode)
  const home = await visitHousehold(ctx, staff, input, id)

  const household = { ...input.household, address: home.address }
  const record = visitRecordOf(staff, { ...input, id, pointCode: point.code, household, householdOf: home.householdOf, followsItemIds: follows }, now)
  const saved = await runTransactionWithRetry(db, async (tx) => {
    await home.create?.(tx)
    return writeVisitTx(tx, record)
  })
  return toVisitView(ctx, staff, saved)
}

export async function getVisit(input: DiaryEvent<'visits.get'>, ctx: StaffContext): Promise<VisitView> {
  const staff = await ctx.caller()
  const visit = await readableVisit(ctx, staff, input.id)
  await auditDiaryRead(ctx, staff, visit.author, 'visit.read', visit._id)
  return toVisitView(ctx, staff, visit)
}

/** 登记为诉求: a matter for the household, numbered as usual, the visiting cadre responsible. */
export async function visitToItem(input: DiaryEvent<'visits.toItem'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const staff = await ctx.caller()
  const visit = await readableVisit(ctx, staff, input.id)
  if (visit.author !== staff.openid) throw new AppError('FORBIDDEN', '只有写这篇日记的干部可以从中登记诉求')
  requireDiaryWriter(staff, visit.pointCode)
  const id = stableId('visit-item', visit._id, input.requestId)
  if (!visit.itemIds.includes(id) && visit.itemIds.length >= MAX_ITEMS_PER_VISIT) {
    throw new AppError('CONFLICT', `一次走访最多登记 ${MAX_ITEMS_PER_VISIT} 件诉求`)
  }
  const item = await registerForResidentTx(
    ctx,
    staff,
    {
      id,
      requestId: `visit-${visit._id}-${input.requestId}`,
      pointCode: visit.pointCode,
      category: input.category,
      content: input.content,
      contact: input.contact,
      source: 'visit',
      how: '入户走访时代居民登记',
    },
    {
      alongside: async (tx, matter) => {
        const ref = tx.collection('visits').doc(visit._id)
        const { itemIds } = asFoundVisit((await ref.get()).data)
        if (itemIds.includes(matter._id)) return
        // checked again here: the matter and the visit's list commit together or not at all
        if (itemIds.length >= MAX_ITEMS_PER_VISIT) throw new AppError('CONFLICT', `一次走访最多登记 ${MAX_ITEMS_PER_VISIT} 件诉求`)
        await ref.update({ data: { itemIds: [...itemIds, matter._id], updatedAt: ctx.now } })
      },
    },
  )
  return view(ctx, staff, item)
}
