/**
 * 座谈会 (干部问事, domain/meetings/forum.ts): convened by a leader of the point, its opinions
 * recorded by the point's cadres and leaders, and the chosen ones registered as matters of
 * the point through the one register write path (matters/register-matter.ts), source
 * `meeting`, the cadre who turns them responsible (谁接访、谁负责). Each opinion's matter has
 * an id derived from the meeting and the opinion's place, and is linked on the meeting in
 * the matter's own transaction: a retry finds both and answers the same numbers.
 */
import type { MeetingView } from '../../domain/meetings/api'
import { FORUM, forumHow, keptOpinions, opinionsProblem } from '../../domain/meetings/forum'
import { isForum } from '../../domain/meetings/meetings'
import type { MeetingEvent } from '../../domain/meetings/schemas'
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import { chinaYmd } from '../../domain/kernel/display-dates'
import { mayCollectOpinions, mayConvene } from '../../domain/meetings/policy'
import { requireRight } from '../kernel/access'
import { stableId } from '../kernel/ids'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { workBudgetMs } from '../kernel/timeouts'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StaffContext } from '../kernel/staff-context'
import { registerForResidentTx } from '../matters/register-matter'
import { createOnce, pointNameOf, withoutId } from './agenda'
import { asFoundMeeting, convened, meetings, type MeetingRecord } from './meeting-records'
import { meetingView, readMeeting } from './meeting-view'

export async function meetingsForum(input: MeetingEvent<'meetings.forum'>, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  requireRight(mayConvene(staff, input.pointCode), '只有本说事点的领导可以召开座谈会')
  if (input.date > chinaYmd(ctx.now, 365)) throw new AppError('INVALID_INPUT', '座谈会日期不能晚于一年以后')
  const record: Omit<MeetingRecord, '_id'> = {
    pointCode: input.pointCode,
    pointName: await pointNameOf(ctx.db, input.pointCode),
    body: FORUM,
    date: input.date,
    topic: input.topic,
    opinions: [],
    agenda: [],
    itemIds: [],
    ...convened(staff, ctx.now),
  }
  return meetingView(await createOnce(ctx, staff, 'meetings', input.requestId, record, meetings), staff, ctx.now)
}

/** A 座谈会 the caller may collect at, held already. */
async function forumToCollect(ctx: StaffContext, staff: StaffRecord, id: string): Promise<MeetingRecord> {
  const m = await readMeeting(ctx, staff, id)
  requireRight(mayCollectOpinions(staff, m), '只有本说事点的干部和领导可以记录座谈会')
  if (!isForum(m.body)) throw new AppError('INVALID_INPUT', '只有座谈会记录群众意见')
  if (isFutureChinaDate(m.date, ctx.now)) throw new AppError('INVALID_INPUT', '座谈会还没有开，开完后再记录')
  return m
}

export async function meetingsOpinions(input: MeetingEvent<'meetings.opinions'>, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  await forumToCollect(ctx, staff, input.id)
  const given = input.opinions.map((o) => ({ who: o.who ?? '', what: o.what, category: o.category }))
  const saved = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('meetings').doc(input.id)
      const m = asFoundMeeting((await ref.get()).data)
      const before = m.opinions ?? []
      const problem = opinionsProblem(before, given)
      if (problem) throw new AppError('CONFLICT', problem)
      const next: MeetingRecord = {
        ...m,
        opinions: keptOpinions(before, given),
        status: 'recorded',
        recordedBy: staff.openid,
        recordedByName: staff.name,
        recordedAt: m.recordedAt ?? ctx.now,
      }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
  return meetingView(saved, staff, ctx.now)
}

export async function meetingsOpinionsToMatters(input: MeetingEvent<'meetings.opinionsToMatters'>, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  const m = await forumToCollect(ctx, staff, input.id)
  const opinions = m.opinions ?? []
  if (input.opinions.some((i) => i >= opinions.length)) throw new AppError('INVALID_INPUT', '选择的意见不存在，请刷新后重试')
  const deadline = Date.now() + workBudgetMs('staff') * 0.8
  for (const index of [...input.opinions].sort((a, b) => a - b)) {
    if (opinions[index].itemId) continue
    if (Date.now() > deadline) break
    const o = opinions[index]
    await registerForResidentTx(
      ctx,
      staff,
      {
        id: stableId('forum-item', m._id, String(index)),
        requestId: `forum-${m._id}-${index}`,
        pointCode: m.pointCode,
        category: o.category,
        content: o.what,
        contact: { name: o.who || '座谈会群众', phone: '', address: m.pointName },
        source: 'meeting',
        how: forumHow(m.date),
      },
      {
        alongside: async (tx, matter) => {
          const ref = tx.collection('meetings').doc(m._id)
          const now = asFoundMeeting((await ref.get()).data)
          const list = now.opinions ?? []
          if (list[index]?.itemId === matter._id) return
          // the opinion as it stood when read: an edit at this moment makes this call fail, not the matter differ
          if (!list[index] || list[index].what !== o.what || list[index].itemId) throw new AppError('CONFLICT', '座谈会记录刚被修改，请刷新后重试')
          const next = list.map((x, i) => (i === index ? { ...x, itemId: matter._id, no: matter.no } : x))
          await ref.update({ data: { opinions: next, itemIds: [...now.itemIds, matter._id] } })
        },
      },
    )
  }
  return meetingView(await readMeeting(ctx, staff, m._id), staff, ctx.now)
}
