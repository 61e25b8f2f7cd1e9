/**
 * A cadre's work on a matter: 受理, 当场答复, 进展, 转办, 上报, 议定, 延期, 答复. Each is one
 * transactional change (lib/item-change.ts) recorded on the timeline with who and when.
 */
import type { StaffItemDetail } from '../../../domain/api'
import { dueDateFor, dueDateFromChinaDate, IMPORTANCE_LABELS } from '../../../domain/deadlines'
import { DECIDING_BODY, TIER_LABELS, TRACK_LABELS } from '../../../domain/handling'
import type { StaffEvent } from '../../../domain/staff-schemas'
import { formatChinaDate, formatChinaDateTime } from '../../../domain/time'
import { audit } from '../../lib/audit'
import type { ItemAction } from '../../../domain/transitions'
import { readStaff, touchStaff } from '../../lib/assignee'
import { changeItem, type ItemChange } from '../../lib/item-change'
import { toStaffDetail } from '../../lib/item-view'
import type { ItemRecord, StaffRecord, TimelineRecord } from '../../lib/records'
import { AppError } from '../../lib/respond'
import { hasRole, roleFor, seesPersonalData } from '../access'
import type { StaffContext } from '../context'

function entry(ctx: StaffContext, staff: StaffRecord, type: TimelineRecord['type'], text: string, internal = false): TimelineRecord {
  return { type, at: ctx.now, actor: staff.openid, actorName: staff.name, text, ...(internal ? { internal: true } : {}) }
}

/** The matter as the caller may see it; an unmasked view of personal data is audited. */
async function view(ctx: StaffContext, staff: StaffRecord, item: ItemRecord): Promise<StaffItemDetail> {
  const role = roleFor(staff, item)
  if (!role) throw new AppError('FORBIDDEN', '您无权查看这件事')
  const unmasked = seesPersonalData(role)
  if (unmasked) await audit(ctx.db, { actor: staff.openid, action: 'item.contact.view', target: item._id, at: ctx.now })
  return toStaffDetail(ctx.cloud, item, role, unmasked, ctx.now)
}

/**
 * One change to a matter by the caller. `apply` runs inside the transaction once the
 * caller's right and the matter's status are checked; it may refuse (throw) on its own
 * preconditions.
 */
async function change(
  ctx: StaffContext,
  id: string,
  action: ItemAction,
  apply: (item: ItemRecord, staff: StaffRecord) => ItemRecord,
  prepare?: ItemChange['prepare'],
): Promise<StaffItemDetail> {
  const staff = await ctx.caller()
  const item = await changeItem(
    ctx.db,
    id,
    { action, roleOf: (i) => roleFor(staff, i), apply: (i) => apply(i, staff), prepare },
    ctx.now,
    ctx.options.retry,
  )
  return view(ctx, staff, item)
}

export async function getItem(input: StaffEvent<'item.get'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const item = (await ctx.db.collection('items').doc(input.id).get()).data as ItemRecord | null
  if (!item) throw new AppError('NOT_FOUND', '没有找到这件事')
  return view(ctx, staff, item)
}

function acceptance(ctx: StaffContext, input: StaffEvent<'item.accept'> | StaffEvent<'item.replyOnSpot'>) {
  const dueAt = dueDateFor(ctx.now, input.importance)
  const body = DECIDING_BODY[input.tier]
  const text =
    `已受理：${TRACK_LABELS[input.track]}，${IMPORTANCE_LABELS[input.importance]}件，` +
    `${formatChinaDateTime(dueAt)} 前答复` +
    (body ? `；此事${TIER_LABELS[input.tier]}，将提交${body}研究决定` : '')
  return {
    fields: {
      track: input.track,
      importance: input.importance,
      tier: input.tier,
      acceptedAt: ctx.now,
      dueAt,
    },
    text,
  }
}

export function accept(input: StaffEvent<'item.accept'>, ctx: StaffContext) {
  if (input.steps && input.track !== 'phased') throw new AppError('INVALID_INPUT', '只有“分步实施”的事项才需要列出步骤')
  const { fields, text } = acceptance(ctx, input)
  return change(ctx, input.id, 'accept', (item, staff) => ({
    ...item,
    ...fields,
    steps: (input.steps ?? []).map((title) => ({ title, done: false, doneAt: null })),
    timeline: [...item.timeline, entry(ctx, staff, 'accept', text)],
  }))
}

export function replyOnSpot(input: StaffEvent<'item.replyOnSpot'>, ctx: StaffContext) {
  const { fields } = acceptance(ctx, input)
  return change(ctx, input.id, 'replyOnSpot', (item, staff) => ({
    ...item,
    ...fields,
    repliedAt: ctx.now,
    reply: { answer: input.answer, unit: input.unit, handler: input.handler, by: staff.openid, at: ctx.now },
    timeline: [
      ...item.timeline,
      entry(ctx, staff, 'accept', `当场受理（${TRACK_LABELS[input.track]}）`),
      entry(ctx, staff, 'reply', `当场答复：${input.answer}（办理单位：${input.unit}，经办人：${input.handler}）`),
    ],
  }))
}

export function progress(input: StaffEvent<'item.progress'>, ctx: StaffContext) {
  return change(ctx, input.id, 'progress', (item, staff) => {
    const internal = !input.visibleToResident
    const timeline = [...item.timeline]
    let steps = item.steps ?? []
    if (input.stepIndex !== undefined) {
      const step = steps[input.stepIndex]
      if (!step) throw new AppError('INVALID_INPUT', '没有这个步骤')
      if (step.done) throw new AppError('CONFLICT', `“${step.title}”已经完成`)
      steps = steps.map((s, n) => (n === input.stepIndex ? { ...s, done: true, doneAt: ctx.now } : s))
      timeline.push(entry(ctx, staff, 'step', `完成第 ${input.stepIndex + 1} 步：${step.title}`, internal))
    }
    timeline.push(entry(ctx, staff, 'progress', `进展：${input.note}`, internal))
    return { ...item, steps, timeline }
  })
}

/**
 * 转办. The target is looked up only once the caller's right is checked (inside the
 * change, after the table), so an outsider learns nothing about who is staff; and in the
 * same transaction, so a target being deactivated meanwhile cannot receive the matter.
 */
export function transfer(input: StaffEvent<'item.transfer'>, ctx: StaffContext) {
  let target: StaffRecord | null = null
  const prepare = async (tx: Parameters<NonNullable<ItemChange['prepare']>>[0], item: ItemRecord) => {
    const t = await readStaff(tx, input.to)
    if (!t?.active) throw new AppError('INVALID_INPUT', '转办对象不是在岗的工作人员')
    if (!hasRole(t, 'cadre', 'leader') || !t.points.includes(item.pointCode)) {
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
      const to = target as StaffRecord
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

export function escalate(input: StaffEvent<'item.escalate'>, ctx: StaffContext) {
  return change(ctx, input.id, 'escalate', (item, staff) => {
    if (item.escalation && !item.escalation.answer) throw new AppError('CONFLICT', `已上报${item.escalation.department}，正在等待答复`)
    return {
      ...item,
      escalation: { department: input.department, takenAt: input.takenAt, answer: null, answeredAt: null },
      timeline: [
        ...item.timeline,
        entry(ctx, staff, 'escalate', `${input.takenAt} 由${item.assignee.name}代为上报${input.department}，将跟进答复`),
      ],
    }
  })
}

export function escalationAnswer(input: StaffEvent<'item.escalationAnswer'>, ctx: StaffContext) {
  return change(ctx, input.id, 'escalationAnswer', (item, staff) => {
    const esc = item.escalation
    if (!esc || esc.answer) throw new AppError('CONFLICT', '没有等待答复的上报')
    return {
      ...item,
      escalation: { ...esc, answer: input.answer, answeredAt: ctx.now },
      timeline: [...item.timeline, entry(ctx, staff, 'escalation_answer', `${esc.department}答复：${input.answer}`)],
    }
  })
}

export function decide(input: StaffEvent<'item.decide'>, ctx: StaffContext) {
  return change(ctx, input.id, 'decide', (item, staff) => {
    const body = item.tier ? DECIDING_BODY[item.tier] : null
    if (!body) throw new AppError('INVALID_INPUT', '这件事由主要干部商议，不需要记录会议决定')
    return {
      ...item,
      decision: { meetingDate: input.meetingDate, decision: input.decision },
      timeline: [...item.timeline, entry(ctx, staff, 'decide', `${body}于 ${input.meetingDate} 研究决定：${input.decision}`)],
    }
  })
}

function extensionText(reason: string, to: Date, note: string) {
  return `延期至 ${formatChinaDate(to)}。原因：${reason}。目前进展：${note}`
}

/** 延期: a first extension is the cadre's call; a second needs a leader's approval. */
export function extend(input: StaffEvent<'item.extend'>, ctx: StaffContext) {
  const to = dueDateFromChinaDate(input.dueDate)
  if (to.getTime() <= ctx.now.getTime()) throw new AppError('INVALID_INPUT', '新的期限必须晚于今天')
  return change(ctx, input.id, 'extend', (item, staff) => {
    if (item.dueAt && to.getTime() <= item.dueAt.getTime()) {
      throw new AppError('INVALID_INPUT', `新的期限必须晚于原期限 ${formatChinaDate(item.dueAt)}`)
    }
    if (item.pendingExtension) throw new AppError('CONFLICT', '已有一个延期申请在等待领导审批')
    if ((item.extensions?.length ?? 0) >= 1 && !hasRole(staff, 'leader')) {
      return {
        ...item,
        pendingExtension: { reason: input.reason, note: input.note, to, by: staff.openid, at: ctx.now },
        timeline: [
          ...item.timeline,
          entry(ctx, staff, 'extension_requested', `申请再次延期至 ${input.dueDate}，待领导审批。原因：${input.reason}`, true),
        ],
      }
    }
    return {
      ...item,
      dueAt: to,
      extensions: [...(item.extensions ?? []), { reason: input.reason, note: input.note, from: item.dueAt, to, by: staff.openid, at: ctx.now }],
      timeline: [...item.timeline, entry(ctx, staff, 'extend', extensionText(input.reason, to, input.note))],
    }
  })
}

export function approveExtension(input: StaffEvent<'item.approveExtension'>, ctx: StaffContext) {
  return change(ctx, input.id, 'extend', (item, staff) => {
    if (!hasRole(staff, 'leader') || !staff.points.includes(item.pointCode)) {
      throw new AppError('FORBIDDEN', '再次延期需要本说事点的领导审批')
    }
    const pending = item.pendingExtension
    if (!pending) throw new AppError('CONFLICT', '没有等待审批的延期申请')
    const decided = entry(ctx, staff, 'extension_decided', `${staff.name}${input.approve ? '同意' : '未同意'}再次延期`, true)
    if (!input.approve) return { ...item, pendingExtension: null, timeline: [...item.timeline, decided] }
    return {
      ...item,
      pendingExtension: null,
      dueAt: pending.to,
      extensions: [
        ...(item.extensions ?? []),
        { reason: pending.reason, note: pending.note, from: item.dueAt, to: pending.to, by: pending.by, at: ctx.now, approvedBy: staff.openid },
      ],
      timeline: [...item.timeline, decided, entry(ctx, staff, 'extend', extensionText(pending.reason, pending.to, pending.note))],
    }
  })
}

export function reply(input: StaffEvent<'item.reply'>, ctx: StaffContext) {
  return change(ctx, input.id, 'reply', (item, staff) => ({
    ...item,
    repliedAt: ctx.now,
    pendingExtension: null,
    reply: { answer: input.answer, unit: input.unit, handler: input.handler, by: staff.openid, at: ctx.now },
    timeline: [...item.timeline, entry(ctx, staff, 'reply', `答复：${input.answer}（办理单位：${input.unit}，经办人：${input.handler}）`)],
  }))
}
