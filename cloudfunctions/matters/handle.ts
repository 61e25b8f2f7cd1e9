/**
 * A cadre's work on a matter: 受理, 当场答复, 进展, 转办, 上报, 议定, 答复 (延期: extensions.ts). Each is one
 * transactional change (matters/item-change.ts) recorded on the timeline with who and when.
 */
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import { DECIDING_BODY } from '../../domain/matters/handling'
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import { acceptance, replyOnSpotChange } from './acceptance'
import { readStaff, touchStaff } from './assignee'
import type { ItemChange } from './item-change'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { mayTakeOver } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { clause } from '../../domain/kernel/text'
import { change, entry, view } from './item-ops'
import { applyDecision, applyEscalation, applyEscalationAnswer } from './item-steps'
import { asItem } from '../kernel/reads'

export { approveExtension, extend } from './extensions'

export async function getItem(input: MatterStaffEvent<'item.get'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const item = asItem((await ctx.db.collection('items').doc(input.id).get()).data)
  if (!item) throw new AppError('NOT_FOUND', '没有找到这件事')
  return view(ctx, staff, item)
}

export function accept(input: MatterStaffEvent<'item.accept'>, ctx: StaffContext) {
  if (input.steps && input.track !== 'phased') throw new AppError('INVALID_INPUT', '只有“分步实施”的事项才需要列出步骤')
  const { fields, text } = acceptance(ctx, input)
  return change(ctx, input.id, 'accept', (item, staff) => ({
    ...item,
    ...fields,
    steps: (input.steps ?? []).map((title) => ({ title, done: false, doneAt: null })),
    timeline: [...item.timeline, entry(ctx, staff, 'accept', text)],
  }))
}

export function replyOnSpot({ action: _action, id, ...answer }: MatterStaffEvent<'item.replyOnSpot'>, ctx: StaffContext) {
  return change(ctx, id, 'replyOnSpot', replyOnSpotChange(ctx, answer))
}

export function progress(input: MatterStaffEvent<'item.progress'>, ctx: StaffContext) {
  return change(ctx, input.id, 'progress', (item, staff) => {
    const internal = !input.visibleToResident
    const timeline = [...item.timeline]
    let steps = item.steps ?? []
    if (input.stepIndex !== undefined) {
      const step = steps[input.stepIndex]
      if (!step) throw new AppError('INVALID_INPUT', '没有这个步骤')
      if (step.done) throw new AppError('CONFLICT', `“${step.title}”已经完成`)
      steps = steps.map((s, n) => (n === input.stepIndex ? { ...s, done: true, doneAt: ctx.now } : s))
      // one action, one entry: the step and what was said about it
      timeline.push(entry(ctx, staff, 'step', `完成第 ${input.stepIndex + 1} 步“${step.title}”：${clause(input.note)}`, internal))
    } else {
      timeline.push(entry(ctx, staff, 'progress', `进展：${clause(input.note)}`, internal))
    }
    return { ...item, steps, timeline }
  })
}

/**
 * 转办. The target is looked up only once the caller's right is checked (inside the
 * change, after the table), so an outsider learns nothing about who is staff; and in the
 * same transaction, so a target being deactivated meanwhile cannot receive the matter.
 */
export function transfer(input: MatterStaffEvent<'item.transfer'>, ctx: StaffContext) {
  let target: StaffRecord | null = null
  const prepare = async (tx: Parameters<NonNullable<ItemChange['prepare']>>[0], item: ItemRecord) => {
    const t = await readStaff(tx, input.to)
    if (!t?.active) throw new AppError('INVALID_INPUT', '转办对象不是在岗的工作人员')
    if (!mayTakeOver(t, item)) {
      throw new AppError('INVALID_INPUT', `${t.name}不是本说事点的干部，不能转办给他`)
    }
    if (t.openid === item.assignee.openid) throw new AppError('INVALID_INPUT', `这件事已经由${t.name}负责`)
    await touchStaff(tx, t)
    target = t
  }
  return change(
    ctx,
    input.id,
    'transfer',
    (item, staff) => {
      const to = target
      if (!to) throw new Error('item.transfer: the target is read before the change')
      return {
        ...item,
        assignee: { openid: to.openid, name: to.name },
        timeline: [
          ...item.timeline,
          entry(ctx, staff, 'transfer', `改由${to.name}负责办理`),
          entry(ctx, staff, 'transfer', `转办理由：${input.reason}`, true),
        ],
      }
    },
    prepare,
  )
}

export function escalate(input: MatterStaffEvent<'item.escalate'>, ctx: StaffContext) {
  return change(ctx, input.id, 'escalate', (item, staff) => applyEscalation(ctx, staff, item, input))
}

export function escalationAnswer(input: MatterStaffEvent<'item.escalationAnswer'>, ctx: StaffContext) {
  return change(ctx, input.id, 'escalationAnswer', (item, staff) => applyEscalationAnswer(ctx, staff, item, input.answer))
}

export function decide(input: MatterStaffEvent<'item.decide'>, ctx: StaffContext) {
  return change(ctx, input.id, 'decide', (item, staff) => {
    if (isFutureChinaDate(input.meetingDate, ctx.now)) throw new AppError('INVALID_INPUT', '会议日期不能晚于今天')
    const body = item.tier ? DECIDING_BODY[item.tier] : null
    if (!body) throw new AppError('INVALID_INPUT', '这件事由主要干部商议，不需要记录会议决定')
    return applyDecision(ctx, staff, item, { body, meetingDate: input.meetingDate, decision: input.decision })
  })
}

export function reply(input: MatterStaffEvent<'item.reply'>, ctx: StaffContext) {
  return change(ctx, input.id, 'reply', (item, staff) => ({
    ...item,
    repliedAt: ctx.now,
    pendingExtension: null,
    reply: { answer: input.answer, unit: input.unit, handler: input.handler, by: staff.openid, at: ctx.now },
    timeline: [...item.timeline, entry(ctx, staff, 'reply', `答复：${input.answer}（办理单位：${input.unit}，经办人：${input.handler}）`)],
  }))
}
