/**
 * Who is told what when a matter changes. Read from what the change added to the
 * timeline, so every path that changes a matter (handling, rating, transfer on
 * deactivation, the scheduler) tells the same people the same way. Pure: the function
 * queues what this returns in the same transaction as the change.
 *
 * - the resident (owner): 已受理 with the due date, visible progress, extension, 上报,
 *   decision, 已答复 (asking for a rating), reopened after 不满意, 办结;
 * - the responsible cadre: a matter registered to, transferred to or reopened for them,
 *   and a resident's supplement;
 * - the point's leaders: a second extension waiting for them, a second 不满意 (督办).
 * Internal notes tell the resident nothing.
 */
import type { TemplateKey, TemplateValues } from './templates'
import { templateData } from './templates'

export interface NoticeEntry {
  type: string
  at: Date
  text: string
  internal?: boolean
}

export interface NoticeItem {
  _id: string
  no: string
  category: string
  content: string
  ownerOpenid: string | null
  assignee: { openid: string; name: string }
  status: string
  dueAt: Date | null
  timeline: NoticeEntry[]
  reply?: { answer: string } | null
  supervision?: boolean
}

export interface Notice {
  /** unique per moment and stable when a change is retried */
  event: string
  recipient: string
  template: TemplateKey
  data: Record<string, { value: string }>
  page: string
  title: string
  body: string
}

export const residentPage = (id: string) => `pages/item/index?id=${id}`
export const staffPage = (id: string) => `staff/pages/item/index?id=${id}`

/** The short name of a matter in a message: its category and the start of what was said. */
function titleOf(item: NoticeItem): string {
  return `${item.category}：${item.content}`
}

export function noticesFor(before: NoticeItem | null, after: NoticeItem, leaders: readonly string[]): Notice[] {
  const start = before?.timeline.length ?? 0
  const out: Notice[] = []
  const title = titleOf(after)
  const make = <K extends TemplateKey>(
    entryIndex: number,
    recipient: string | null,
    template: K,
    values: Omit<TemplateValues<K>, 'no' | 'title'>,
    heading: string,
    body: string,
  ) => {
    if (!recipient) return
    const staff = template === 'assigned' || template === 'due'
    out.push({
      event: `${after._id}:${entryIndex}:${heading}`,
      recipient,
      template,
      data: templateData(template, { no: after.no, title, ...values } as TemplateValues<K>),
      page: staff ? staffPage(after._id) : residentPage(after._id),
      title: heading,
      body,
    })
  }
  const owner = after.ownerOpenid || null
  const assignee = after.assignee.openid

  after.timeline.slice(start).forEach((entry, k) => {
    const i = start + k
    const forResident = !entry.internal
    switch (entry.type) {
      case 'assign':
        // the number and the category in the title, so the box alone says which matter it is
        make(i, assignee, 'assigned', { from: `居民新登记：${after.category}`, due: entry.at }, `新登记的事项：${after.no} ${after.category}`, `登记编号 ${after.no}，类别「${after.category}」。${entry.text}`)
        break
      case 'accept':
        if (forResident) make(i, owner, 'accepted', { status: '已受理', due: after.dueAt ?? entry.at }, '您的诉求已受理', entry.text)
        break
      case 'progress':
      case 'step':
      case 'extend':
      case 'escalate':
      case 'escalation_answer':
      case 'decide':
      case 'extension_decided':
        if (forResident) make(i, owner, 'progress', { note: entry.text, at: entry.at }, '办理进展', entry.text)
        break
      case 'extension_requested':
        for (const leader of leaders) make(i, leader, 'assigned', { from: '第二次延期待审批', due: after.dueAt ?? entry.at }, '延期待审批', entry.text)
        break
      case 'reply':
        make(i, owner, 'replied', { answer: after.reply?.answer ?? entry.text, tip: '请对办理结果进行评议' }, '您的诉求已答复', entry.text)
        break
      case 'transfer':
        make(i, assignee, 'assigned', { from: '转办给您', due: after.dueAt ?? entry.at }, '转给您的事项', entry.text)
        break
      case 'supplement':
        make(i, assignee, 'assigned', { from: '居民补充了情况', due: after.dueAt ?? entry.at }, '居民补充了情况', entry.text)
        break
      case 'rate':
        if (after.status === 'in_progress') {
          make(i, owner, 'progress', { note: '您的评议已收到，事项重新办理', at: entry.at }, '事项重新办理', entry.text)
          make(i, assignee, 'assigned', { from: '居民不满意，请回访', due: after.dueAt ?? entry.at }, '居民不满意，请回访', entry.text)
          if (after.supervision && !before?.supervision) {
            for (const leader of leaders) make(i, leader, 'due', { status: '督办', due: after.dueAt ?? entry.at }, '两次不满意，请督办', entry.text)
          }
        }
        break
      case 'close':
        make(i, owner, 'progress', { note: entry.text, at: entry.at }, '事项已办结', entry.text)
        break
    }
  })
  return out
}
