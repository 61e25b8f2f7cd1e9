import type { TimelineEventType } from '../../../domain/matters/api'

/** Who a step comes from, by colour: the resident, the system, the handling, a warning, the end. */
export type TimelineTone = 'resident' | 'system' | 'handling' | 'warning' | 'done'

/** A short word for each kind of step, shown as a tag in front of its text. */
export const TIMELINE_KINDS: Record<TimelineEventType, { label: string; tone: TimelineTone }> = {
  register: { label: '登记', tone: 'resident' },
  assign: { label: '分派', tone: 'system' },
  accept: { label: '受理', tone: 'handling' },
  progress: { label: '进展', tone: 'handling' },
  step: { label: '分步办理', tone: 'handling' },
  transfer: { label: '转办', tone: 'handling' },
  escalate: { label: '上报上级', tone: 'handling' },
  escalation_answer: { label: '部门答复', tone: 'handling' },
  decide: { label: '研究决定', tone: 'handling' },
  extend: { label: '延期', tone: 'warning' },
  extension_requested: { label: '申请延期', tone: 'warning' },
  extension_decided: { label: '延期审批', tone: 'warning' },
  reply: { label: '答复', tone: 'done' },
  withdraw: { label: '撤回', tone: 'resident' },
  supplement: { label: '补充', tone: 'resident' },
  rate: { label: '评议', tone: 'resident' },
  reopen: { label: '重新办理', tone: 'warning' },
  supervise: { label: '督办', tone: 'warning' },
  close: { label: '办结', tone: 'done' },
  department: { label: '交办', tone: 'handling' },
}

/** A kind this page does not know yet (a newer server) still reads: no tag, neutral colour. */
export function kindOf(type: string): { label: string; tone: TimelineTone } | null {
  return Object.prototype.hasOwnProperty.call(TIMELINE_KINDS, type) ? TIMELINE_KINDS[type as TimelineEventType] : null
}
