import { STAFF_TEMPLATES, type TemplateKey } from '../../domain/messages/templates'

/** The templates' titles as WeChat shows them on its consent sheet (domain/messages/templates.ts). */
export const NOTICE_TITLES: Record<TemplateKey, string> = {
  accepted: '受理通知',
  progress: '办理进度通知',
  replied: '答复通知',
  reminder: '评议提醒',
  booking: '预约状态通知',
  assigned: '新事项通知',
  due: '到期提醒',
}

/** The template id of `key` in the environment this build talks to, if it has one. */
export function noticeTemplateId(key: TemplateKey): string | null {
  const id = NOTICE_TEMPLATE_IDS[key]
  return typeof id === 'string' && id !== '' ? id : null
}

/** Staff templates are recorded through the `staff` function, the rest through `resident`. */
export const isStaffTemplate = (key: TemplateKey): boolean => (STAFF_TEMPLATES as readonly string[]).includes(key)

/** What each natural tap asks for (≤ 3). */
export const NOTICES_ON = {
  /** 提交登记: the notices a new matter brings */
  submit: ['accepted', 'progress', 'replied'],
  /** 提交评议: a reopened or closed matter, and future reminders */
  rate: ['progress', 'reminder'],
  /** 接收办理进展提醒 on a matter page */
  follow: ['progress', 'replied', 'reminder'],
  /** 确认预约, 申请上门走访: confirmed, changed or cancelled, the reminder */
  booking: ['booking'],
  /** a cadre's 受理 / 答复 */
  staff: ['assigned', 'due'],
} as const satisfies Record<string, readonly TemplateKey[]>
