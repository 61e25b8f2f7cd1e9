/** The source's four forms for one matter, filled from what `item.get` gives the caller. */
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { IMPORTANCE_LABELS } from '../../../../domain/matters/deadlines'
import { RATING_LABELS, RATING_LEVELS, TIER_LABELS, TRACK_LABELS } from '../../../../domain/matters/handling'
import { formatChinaDate, formatChinaDateTime } from '../../../../domain/kernel/time'
import type { Cell } from './Sheet'

export const SHEETS = ['collect', 'handle', 'feedback', 'review'] as const
export type SheetKey = (typeof SHEETS)[number]

export const SHEET_TITLES: Record<SheetKey, string> = {
  collect: '民情民意收集登记表',
  handle: '民情民意办理登记表',
  feedback: '民情民意反馈意见表',
  review: '民情民意监督评议情况登记表',
}

export const SHEET_SHORT: Record<SheetKey, string> = { collect: '收集登记表', handle: '办理登记表', feedback: '反馈意见表', review: '监督评议表' }

const at = (iso: string | null | undefined) => (iso ? formatChinaDateTime(iso) : '')
const firstOf = (item: StaffItemDetail, type: string) => item.timeline.find((e) => e.type === type)
const allOf = (item: StaffItemDetail, ...types: string[]) => item.timeline.filter((e) => types.includes(e.type))

function collect(item: StaffItemDetail): Cell[] {
  const { contact } = item
  const masked = item.contactMasked ? '（已隐去）' : ''
  return [
    { label: '登记编号', value: item.no },
    { label: '登记时间', value: at(item.createdAt) },
    { label: '姓名', value: `${contact.name}${masked}` },
    { label: '联系电话', value: contact.phone },
    { label: '家庭住址', value: contact.address, wide: true },
    { label: '工作单位', value: contact.workUnit ?? '' },
    { label: '诉求类别', value: item.category },
    { label: '诉求内容', value: item.content, wide: true },
    { label: '照片', value: item.photos.length ? `${item.photos.length} 张` : '无' },
    { label: '接访干部', value: item.assignee.name },
  ]
}

function handle(item: StaffItemDetail): Cell[] {
  const decided = item.decision ? `${item.decision.meetingDate}：${item.decision.decision}` : ''
  const steps = item.steps.map((s, i) => `${i + 1}. ${s.title}${s.done ? `（${at(s.doneAt)} 完成）` : ''}`).join('\n')
  const extensions = item.extensions.map((x) => `${formatChinaDate(x.at)} 延至 ${formatChinaDate(x.dueAt)}：${x.reason}`).join('\n')
  const progress = allOf(item, 'progress', 'step', 'transfer').map((e) => `${formatChinaDate(e.at)} ${e.text}`).join('\n')
  return [
    { label: '登记编号', value: item.no },
    { label: '受理时间', value: at(firstOf(item, 'accept')?.at ?? firstOf(item, 'reply')?.at) },
    { label: '诉求内容', value: item.content, wide: true },
    { label: '负责干部', value: item.assignee.name },
    { label: '办理方式', value: item.track ? TRACK_LABELS[item.track] : '' },
    { label: '紧要程度', value: item.importance ? IMPORTANCE_LABELS[item.importance] : '' },
    { label: '答复期限', value: at(item.dueAt) },
    { label: '议事层级', value: item.tier ? TIER_LABELS[item.tier] : '' },
    { label: '议定结果', value: decided },
    { label: '办理步骤', value: steps, wide: true },
    { label: '上报部门', value: item.escalation ? `${item.escalation.department}（${item.escalation.takenAt}）${item.escalation.answer ? `：${item.escalation.answer}` : ''}` : '', wide: true },
    { label: '延期情况', value: extensions, wide: true },
    { label: '办理进展', value: progress, wide: true },
  ]
}

function feedback(item: StaffItemDetail): Cell[] {
  const { reply } = item
  return [
    { label: '登记编号', value: item.no },
    { label: '姓名', value: item.contact.name },
    { label: '诉求内容', value: item.content, wide: true },
    { label: '答复内容', value: reply?.answer ?? '', wide: true },
    { label: '办理单位', value: reply?.unit ?? '' },
    { label: '经办人', value: reply?.handler ?? '' },
    { label: '答复时间', value: at(reply?.at) },
    { label: '居民意见', value: item.rating?.opinion ?? '', wide: true },
  ]
}

function review(item: StaffItemDetail): Cell[] {
  const level = item.rating?.level
  const ticks = RATING_LEVELS.map((l) => `${l === level ? '☑' : '☐'} ${RATING_LABELS[l]}`).join('　')
  const unrated = item.closedReason === 'unrated' ? '（逾期未评价，按未评价办结）' : ''
  const followUps = allOf(item, 'reopen', 'supervise').map((e) => `${formatChinaDate(e.at)} ${e.text}`).join('\n')
  return [
    { label: '登记编号', value: item.no },
    { label: '诉求类别', value: item.category },
    { label: '负责干部', value: item.assignee.name },
    { label: '评议时间', value: at(item.rating?.at) },
    { label: '评议结果', value: `${ticks}${unrated}`, wide: true },
    { label: '是否解决', value: item.rating ? (item.rating.solved ? '☑ 已解决　☐ 未解决' : '☐ 已解决　☑ 未解决') : '☐ 已解决　☐ 未解决' },
    { label: '督办', value: item.flags.supervision ? '是' : '否' },
    { label: '评议意见', value: item.rating?.opinion ?? '', wide: true },
    { label: '回访与再办理', value: followUps, wide: true },
  ]
}

export const SHEET_CELLS: Record<SheetKey, (item: StaffItemDetail) => Cell[]> = { collect, handle, feedback, review }

/** Where a person signs on paper. */
export const SHEET_SIGNATURES: Record<SheetKey, string> = {
  collect: '登记人签字：＿＿＿＿　　居民签字：＿＿＿＿',
  handle: '负责干部签字：＿＿＿＿　　领导审核：＿＿＿＿',
  feedback: '居民签字：＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日',
  review: '评议人签字：＿＿＿＿　　监督人签字：＿＿＿＿',
}
