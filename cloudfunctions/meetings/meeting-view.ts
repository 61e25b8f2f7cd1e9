/** A meeting as the staff see it: read with the caller's right checked first, and its view. */
import type { MeetingSummary, MeetingView } from '../../domain/meetings/api'
import { isForum, presentCount, voteOutcome } from '../../domain/meetings/meetings'
import { formatChinaDate, toChinaIso } from '../../domain/kernel/time'
import { mayCollectOpinions, mayReadMeeting, mayReadMeetings, mayRecordMeeting } from '../../domain/meetings/policy'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import type { StaffContext } from '../kernel/staff-context'
import { asMeeting, type MeetingRecord } from './meeting-records'

export function meetingSummary(m: MeetingRecord): MeetingSummary {
  return {
    id: m._id,
    pointCode: m.pointCode,
    pointName: m.pointName,
    body: m.body,
    date: m.date,
    status: m.status,
    agendaCount: m.agenda.length,
    decidedCount: m.decisions.length,
  }
}

export function meetingView(m: MeetingRecord, staff: StaffRecord, now: Date): MeetingView {
  const present = m.attendance ? presentCount(m.body, m.attendance) : 0
  const noOf = new Map(m.agenda.map((a) => [a.itemId, a.no]))
  return {
    ...meetingSummary(m),
    agenda: m.agenda,
    convenedBy: m.convenedByName,
    attendance: m.attendance,
    decisions: m.decisions.map((d) => ({
      itemId: d.itemId,
      no: noOf.get(d.itemId) ?? '',
      decision: d.decision,
      votes: d.votes ?? null,
      passed: d.votes ? voteOutcome(d.votes, present) : null,
      written: m.done.includes(d.itemId),
    })),
    recordedBy: m.recordedByName,
    recordedAt: m.recordedAt ? toChinaIso(m.recordedAt) : null,
    canRecord: !isForum(m.body) && mayRecordMeeting(staff, m) && m.status !== 'recorded' && m.date <= formatChinaDate(now),
    topic: m.topic ?? null,
    opinions: isForum(m.body) ? (m.opinions ?? []).map((o, index) => ({ ...o, index })) : null,
    canCollect: isForum(m.body) && mayCollectOpinions(staff, m) && m.date <= formatChinaDate(now),
  }
}

/** A meeting, for the staff of its point: whoever holds no right to meetings is refused before anything is read. */
export async function readMeeting(ctx: StaffContext, staff: StaffRecord, id: string): Promise<MeetingRecord> {
  requireRight(mayReadMeetings(staff), '会议记录仅供干部和领导查看')
  const m = asMeeting((await ctx.db.collection('meetings').doc(id).get()).data)
  if (!m) throw new AppError('NOT_FOUND', '没有找到这次会议')
  requireRight(mayReadMeeting(staff, m), '这次会议不是您所在说事点的')
  return m
}
