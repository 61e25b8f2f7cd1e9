/** One matter as a row of the export, in the order of EXPORT_COLUMNS. */
import { EXPORT_COLUMNS, type ExportColumn } from '../../domain/exports/api'
import { IMPORTANCE_LABELS } from '../../domain/matters/deadlines'
import { RATING_LABELS, TRACK_LABELS } from '../../domain/matters/handling'
import { maskAddress, maskName, maskPhone } from '../../domain/privacy/mask'
import { redactAll } from '../../domain/privacy/redact'
import { STATUS_LABELS } from '../../domain/matters/status'
import { formatChinaDate, formatChinaDateTime } from '../../domain/kernel/time'
import { knownOf } from '../board/redaction-known'
import type { ItemRecord } from '../kernel/records'

const SOURCE_LABELS: Record<NonNullable<ItemRecord['source']>, string> = {
  qr: '扫码登记',
  booking: '预约说事',
  'walk-in': '代登记',
  visit: '家访',
  meeting: '座谈会',
}

const when = (d: Date | null | undefined) => (d ? formatChinaDateTime(d) : '')

/** 138 1234 5678: grouped, so Excel and WPS keep it as text rather than 1.38E+10. */
const groupedPhone = (phone: string) => (/^\d{11}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone)

function ratingOf(item: ItemRecord): string {
  if (item.rating) return RATING_LABELS[item.rating.level]
  return item.closedReason === 'unrated' ? '未评价' : ''
}

/** The matter's own words, the answer and the opinion: in a masked export, redacted like the board's. */
function texts(item: ItemRecord, unmasked: boolean): [string, string, string] {
  const own = [item.content, item.reply?.answer ?? '', item.rating?.opinion ?? '']
  if (unmasked) return own as [string, string, string]
  return redactAll(own, knownOf(item)) as [string, string, string]
}

export function exportRow(item: ItemRecord, unmasked: boolean): string[] {
  const { contact } = item
  const [content, answer, opinion] = texts(item, unmasked)
  const cells: Record<ExportColumn, string> = {
    登记编号: item.no,
    登记时间: when(item.createdAt),
    说事点: item.pointName,
    来源: SOURCE_LABELS[item.source ?? 'qr'],
    分类: item.category,
    诉求内容: content,
    姓名: unmasked ? contact.name : maskName(contact.name),
    电话: unmasked ? groupedPhone(contact.phone) : maskPhone(contact.phone),
    地址: unmasked ? contact.address : maskAddress(contact.address),
    工作单位: contact.workUnit ? (unmasked ? contact.workUnit : '****') : '',
    状态: STATUS_LABELS[item.status],
    负责干部: item.assignee.name,
    受理时间: when(item.acceptedAt),
    办理方式: item.track ? TRACK_LABELS[item.track] : '',
    紧要程度: item.importance ? IMPORTANCE_LABELS[item.importance] : '',
    办理期限: item.dueAt ? formatChinaDate(item.dueAt) : '',
    延期次数: String(item.extensions?.length ?? 0),
    上报部门: item.escalation?.department ?? '',
    答复时间: when(item.reply?.at ?? item.repliedAt),
    答复内容: answer,
    办理单位: item.reply?.unit ?? '',
    评价: ratingOf(item),
    是否解决: item.rating ? (item.rating.solved ? '已解决' : '未解决') : '',
    评议意见: opinion,
    办结时间: item.status === 'closed' ? when(item.closedAt) : '',
  }
  return EXPORT_COLUMNS.map((c) => cells[c])
}
