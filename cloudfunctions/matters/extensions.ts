/**
 * 延期. A cadre may move a due date by up to a month on their own, once; a second
 * extension, or one further than a month, waits for a leader of the point; nothing
 * further than a year from today (domain/matters/deadlines.ts).
 */
import { checkExtension, dueDateFromChinaDate } from '../../domain/matters/deadlines'
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import { MATTER_DEADLINES } from '../../domain/policy/defaults'
import { clause } from '../../domain/kernel/text'
import { formatChinaDate } from '../../domain/kernel/time'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import { mayApproveExtension } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { change, entry } from './item-ops'

function extensionText(reason: string, to: Date, note: string) {
  return `延期至 ${formatChinaDate(to)}。原因：${clause(reason)}。目前进展：${clause(note)}`
}

export function extend(input: MatterStaffEvent<'item.extend'>, ctx: StaffContext) {
  const to = dueDateFromChinaDate(input.dueDate)
  // checked inside the change: only once the caller's right is
  return change(ctx, input.id, 'extend', (item, staff) => {
    const rule = checkExtension(to, item.dueAt ?? null, ctx.now)
    if (!rule.ok) throw new AppError('INVALID_INPUT', rule.message)
    if (item.pendingExtension) throw new AppError('CONFLICT', '已有一个延期申请在等待领导审批')
    const again = (item.extensions?.length ?? 0) >= 1
    if ((again || rule.needsApproval) && !mayApproveExtension(staff, item)) {
      const why = rule.needsApproval ? `（超过原期限 ${MATTER_DEADLINES.selfExtensionMonths} 个月以上）` : ''
      return {
        ...item,
        pendingExtension: { reason: input.reason, note: input.note, to, by: staff.openid, at: ctx.now },
        timeline: [
          ...item.timeline,
          entry(ctx, staff, 'extension_requested', `申请${again ? '再次' : ''}延期至 ${input.dueDate}${why}，待领导审批。原因：${clause(input.reason)}`, true),
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

export function approveExtension(input: MatterStaffEvent<'item.approveExtension'>, ctx: StaffContext) {
  return change(ctx, input.id, 'extend', (item, staff) => {
    requireRight(mayApproveExtension(staff, item), '延期申请需要本说事点的领导审批')
    const pending = item.pendingExtension
    if (!pending) throw new AppError('CONFLICT', '没有等待审批的延期申请')
    const decided = entry(ctx, staff, 'extension_decided', `${staff.name}${input.approve ? '同意' : '未同意'}延期申请`, true)
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
