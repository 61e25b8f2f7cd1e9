/**
 * The changes to a matter that 集中议事 and 代理办事 share with handling one matter at a time
 * (item.decide, item.escalate, item.escalationAnswer): one function per change, called
 * inside matters/item-change.ts's transaction by both, so a meeting or a trip writes exactly
 * what the matter's own page would.
 */
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import { decisionText, type Votes } from '../../domain/meetings/meetings'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { entry } from './item-ops'

export interface Decision {
  body: string
  meetingDate: string
  decision: string
  /** recorded from a meeting (集中议事) */
  meetingId?: string
  /** 村民会议: the votes and the number present */
  votes?: Votes
  present?: number
}

/** 议定: the body's decision onto the matter and its timeline (the resident is told). */
export function applyDecision(ctx: StaffContext, staff: StaffRecord, item: ItemRecord, d: Decision): ItemRecord {
  if (isFutureChinaDate(d.meetingDate, ctx.now)) throw new AppError('INVALID_INPUT', '会议日期不能晚于今天')
  const decision = {
    meetingDate: d.meetingDate,
    decision: d.decision,
    ...(d.meetingId ? { body: d.body, meetingId: d.meetingId } : {}),
    ...(d.votes ? { votes: d.votes } : {}),
  }
  const text = decisionText(d.body, d.meetingDate, d.decision, d.votes, d.present)
  return { ...item, decision, timeline: [...item.timeline, entry(ctx, staff, 'decide', text)] }
}

/** 上报: the matter taken to an upper department for the first time (or again, once answered). */
export function applyEscalation(ctx: StaffContext, staff: StaffRecord, item: ItemRecord, to: { department: string; takenAt: string }): ItemRecord {
  if (isFutureChinaDate(to.takenAt, ctx.now)) throw new AppError('INVALID_INPUT', '上报日期不能晚于今天')
  if (item.escalation && !item.escalation.answer) throw new AppError('CONFLICT', `已上报${item.escalation.department}，正在等待答复`)
  return {
    ...item,
    escalation: { department: to.department, takenAt: to.takenAt, answer: null, answeredAt: null },
    timeline: [
      ...item.timeline,
      entry(ctx, staff, 'escalate', `${to.takenAt} 由${item.assignee.name}代为上报${to.department}，将跟进答复`),
    ],
  }
}

/** 跟进: taken again to the department that has not answered yet; restarts the week. */
export function applyFollowUp(ctx: StaffContext, staff: StaffRecord, item: ItemRecord, takenAt: string): ItemRecord {
  const esc = item.escalation
  if (!esc || esc.answer) throw new AppError('CONFLICT', '没有等待答复的上报')
  if (isFutureChinaDate(takenAt, ctx.now)) throw new AppError('INVALID_INPUT', '跑办日期不能晚于今天')
  if (takenAt < (esc.lastTakenAt ?? esc.takenAt)) throw new AppError('INVALID_INPUT', `跑办日期不能早于上次去${esc.department}的日子`)
  return {
    ...item,
    escalation: { ...esc, lastTakenAt: takenAt },
    timeline: [...item.timeline, entry(ctx, staff, 'escalate', `${takenAt} 由${staff.name}到${esc.department}跟进，尚待答复`)],
  }
}

/** The department's answer; on a trip, `takenAt` is the day it was given. */
export function applyEscalationAnswer(ctx: StaffContext, staff: StaffRecord, item: ItemRecord, answer: string, takenAt?: string): ItemRecord {
  const esc = item.escalation
  if (!esc || esc.answer) throw new AppError('CONFLICT', '没有等待答复的上报')
  const later = takenAt && takenAt > (esc.lastTakenAt ?? esc.takenAt) ? { lastTakenAt: takenAt } : {}
  return {
    ...item,
    escalation: { ...esc, ...later, answer, answeredAt: ctx.now },
    timeline: [...item.timeline, entry(ctx, staff, 'escalation_answer', `${esc.department}答复：${answer}`)],
  }
}
