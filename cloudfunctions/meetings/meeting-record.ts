/**
 * Recording a meeting: attendance, and each matter's decision written onto the matter
 * through the same change as item.decide (the resident is told through the outbox).
 *
 * A meeting with 20 matters is more than one transaction should hold, so the record is
 * kept on the meeting first (status `recording`), then each matter is written in a
 * transaction of its own that also marks it done on the meeting (agenda.ts
 * writeStepOnce). A call cut short is finished by calling again: what is done is skipped.
 *
 * Once recorded, a meeting is not recorded again (CONFLICT): its decisions are on the
 * residents' timelines and in their messages, and a record that people were told must not
 * be rewritten afterwards. A later change of mind is a new meeting or a progress note.
 * While `recording`, a call may still change what is not written yet (say, put a matter
 * that cannot take its decision aside for later), but not what is.
 */
import type { MeetingView } from '../../domain/meetings/api'
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import { attendanceRecord, checkAttendance, checkVotes, isForum, presentCount, type Attendance, type StaffChoice } from '../../domain/meetings/meetings'
import type { MeetingEvent } from '../../domain/meetings/schemas'
import type { MeetingDecisionRecord, MeetingRecord } from './meeting-records'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayAttend, mayRecordMeeting, mayRecordMeetings } from '../../domain/meetings/policy'
import { finishRecord, readItems, withoutId, writeStepOnce, writeSteps } from './agenda'
import type { StaffContext } from '../kernel/staff-context'
import { applyDecision } from '../matters/item-steps'
import { meetingView, readMeeting } from './meeting-view'
import { agendaProblem } from './eligibility'
import { asStaffList } from '../kernel/reads'
import { asFoundMeeting, meetings } from './meeting-records'

type RecordInput = MeetingEvent<'meetings.record'>

/** Equal as data, whatever the order of keys (a document read back need not keep it). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical)
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
  return v
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** Decisions as stored: only the fields given (CloudBase keeps no undefined). */
function decisionRecords(input: RecordInput): MeetingDecisionRecord[] {
  return input.decisions.map((d) => ({ itemId: d.itemId, decision: d.decision, ...(d.votes ? { votes: d.votes } : {}) }))
}

/**
 * The attendance to store: 主持人, 记录人 and 到会干部 by name from the staff records, each
 * an active cadre, leader or deputy of the meeting's point.
 */
async function resolveAttendance(ctx: StaffContext, pointCode: string, a: RecordInput['attendance']): Promise<Attendance> {
  const ids = [...new Set([a.chair, a.recorder, ...a.cadres])]
  const _ = ctx.db.command
  const { data } = await ctx.db.collection('staff').where({ openid: _.in(ids) }).limit(ids.length).get()
  const byId = new Map(asStaffList(data).map((s) => [s.openid, s]))
  const choice = (openid: string, what: string): StaffChoice => {
    const s = byId.get(openid)
    if (!s || !mayAttend(s, pointCode)) {
      throw new AppError('INVALID_INPUT', `所选的${what}不是本说事点在岗的干部，请重新选择`)
    }
    return { openid, name: s.name }
  }
  return attendanceRecord({ chair: choice(a.chair, '主持人'), recorder: choice(a.recorder, '记录人'), cadres: a.cadres.map((c) => choice(c, '到会干部')) }, a)
}

/** Why this record cannot be kept on the meeting as it stands now, or null. */
function recordProblem(m: MeetingRecord, attendance: Attendance, decisions: MeetingDecisionRecord[]): AppError | null {
  if (m.status === 'recorded') return new AppError('CONFLICT', '这次会议已经记录过了，不能重复记录')
  if (m.status === 'recording') {
    const changedWritten = m.done.some((id) => !same(decisions.find((d) => d.itemId === id), m.decisions.find((d) => d.itemId === id)))
    if (m.done.length > 0 && (changedWritten || !same(attendance, m.attendance))) {
      return new AppError('CONFLICT', '这次会议的决定已有写入事项的，到会情况和已写入的决定不能再改；请刷新后继续')
    }
  }
  return null
}

/** Checks everything against the meeting and its matters before anything is written. */
async function check(ctx: StaffContext, m: MeetingRecord, attendance: Attendance, decisions: MeetingDecisionRecord[]) {
  if (isFutureChinaDate(m.date, ctx.now)) throw new AppError('INVALID_INPUT', '会议还没有开，开完后再记录')
  const wrong = checkAttendance(m.body, attendance)
  if (wrong) throw new AppError('INVALID_INPUT', wrong)
  const present = presentCount(m.body, attendance)
  const noOf = new Map(m.agenda.map((a) => [a.itemId, a.no]))
  for (const d of decisions) {
    if (!noOf.has(d.itemId)) throw new AppError('INVALID_INPUT', '议定结果里有不在本次议程上的事项，请刷新后重试')
    const votes = checkVotes(m.body, d.votes, present)
    if (votes) throw new AppError('INVALID_INPUT', `${noOf.get(d.itemId)}：${votes}`)
  }
  const problem = recordProblem(m, attendance, decisions)
  if (problem) throw problem
  const toWrite = decisions.filter((d) => !m.done.includes(d.itemId)).map((d) => d.itemId)
  if (toWrite.length === 0) return
  for (const item of await readItems(ctx.db, toWrite)) {
    const why = agendaProblem(item, m.body, m.pointCode, m.date)
    if (why) throw new AppError('INVALID_INPUT', why)
  }
}

/** Keeps the record on the meeting (status `recording`), unless another call got there first with something else. */
function keep(ctx: StaffContext, staff: StaffRecord, id: string, attendance: Attendance, decisions: MeetingDecisionRecord[]) {
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('meetings').doc(id)
      const m = asFoundMeeting((await ref.get()).data)
      const problem = recordProblem(m, attendance, decisions)
      if (problem) throw problem
      const fields = {
        status: 'recording' as const,
        attendance,
        decisions,
        recordedBy: staff.openid,
        recordedByName: staff.name,
        recordedAt: m.recordedAt ?? ctx.now,
      }
      const next = { ...m, ...fields }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
}

export async function meetingsRecord(input: RecordInput, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  requireRight(mayRecordMeetings(staff), '只有领导可以记录会议')
  const meeting = await readMeeting(ctx, staff, input.id)
  requireRight(mayRecordMeeting(staff, meeting), '只有本说事点的领导可以记录会议')
  if (isForum(meeting.body)) throw new AppError('INVALID_INPUT', '座谈会只听取意见，不议定事项：请记录群众意见')
  const decisions = decisionRecords(input)
  const attendance = await resolveAttendance(ctx, meeting.pointCode, input.attendance)
  await check(ctx, meeting, attendance, decisions)
  const kept = await keep(ctx, staff, meeting._id, attendance, decisions)

  const todo = kept.decisions.map((d) => d.itemId).filter((id) => !kept.done.includes(id))
  await writeSteps(ctx, todo, (itemId) =>
    writeStepOnce(ctx, staff, { collection: 'meetings', read: meetings, recordId: kept._id, key: itemId, itemId, action: 'decide' }, (item, m) => {
      // the meeting as it is in this transaction: its decision for the matter, its attendance
      const d = m.decisions.find((x) => x.itemId === itemId)
      if (!d || !m.attendance) throw new AppError('CONFLICT', '会议记录已经改动，请刷新后重试')
      const why = agendaProblem(item, m.body, m.pointCode, m.date)
      if (why) throw new AppError('CONFLICT', why)
      return applyDecision(ctx, staff, item, {
        body: m.body,
        meetingDate: m.date,
        decision: d.decision,
        meetingId: m._id,
        ...(d.votes ? { votes: d.votes, present: presentCount(m.body, m.attendance) } : {}),
      })
    }),
  )
  const done = await finishRecord(ctx, 'meetings', meetings, kept._id, (m) => m.decisions.map((d) => d.itemId))
  return meetingView(done, staff, ctx.now)
}
