/**
 * Subscription-message templates: one template serves several moments with different
 * values (WeChat lets a mini-program add only a few). Each template's keywords are named
 * here by meaning and mapped to WeChat's keys, whose prefix is the keyword's type
 * (`thing2`, `time4`); the template ids per environment live in
 * subscription-templates.json, filled at deploy.
 *
 * WeChat refuses a value that breaks its type's rule with 47003, and the message is lost:
 * `fitValue` makes every value fit instead (cut with …, characters the type does not
 * take dropped), so no send is ever refused for its content.
 */
import { chinaWallClock, type DateInput } from '../kernel/time'

export const RESIDENT_TEMPLATES = ['accepted', 'progress', 'replied', 'reminder', 'booking'] as const
export const STAFF_TEMPLATES = ['assigned', 'due'] as const
export type TemplateKey = (typeof RESIDENT_TEMPLATES)[number] | (typeof STAFF_TEMPLATES)[number]

/** Where a message to WeChat stands (the outbox). */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'in_app_only', 'failed'] as const
export type OutboxStatusName = (typeof OUTBOX_STATUSES)[number]

export const TEMPLATE_FIELDS = {
  /** 受理通知: 登记编号, 诉求事项, 受理状态, 办结期限 */
  accepted: { no: 'character_string1', title: 'thing2', status: 'phrase3', due: 'time4' },
  /** 办理进度通知: 登记编号, 诉求事项, 当前进度, 更新时间 */
  progress: { no: 'character_string1', title: 'thing2', note: 'thing3', at: 'time4' },
  /** 答复通知: 登记编号, 诉求事项, 答复内容, 温馨提示 */
  replied: { no: 'character_string1', title: 'thing2', answer: 'thing3', tip: 'thing4' },
  /** 评议提醒 */
  reminder: { no: 'character_string1', title: 'thing2', tip: 'thing3' },
  /** 预约状态通知 (约访 and 上门走访): 预约事项, 预约时间, 地点, 预约状态, 备注 */
  booking: { topic: 'thing1', at: 'time2', place: 'thing3', status: 'phrase4', note: 'thing5' },
  /** 新事项通知 (cadres): 登记编号, 诉求事项, 来源, 办结期限 */
  assigned: { no: 'character_string1', title: 'thing2', from: 'thing3', due: 'time4' },
  /** 到期提醒 (cadres, leaders): 登记编号, 诉求事项, 状态, 期限 */
  due: { no: 'character_string1', title: 'thing2', status: 'phrase3', due: 'time4' },
} as const satisfies Record<TemplateKey, Record<string, string>>

export type TemplateValues<K extends TemplateKey> = Record<keyof (typeof TEMPLATE_FIELDS)[K], string | Date>

const CHAR_LIMITS: Record<string, number> = { thing: 20, character_string: 32, number: 32, letter: 32 }

const cut = (chars: string[], max: number) => (chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`)

/** The value of one keyword, made to fit its type (`thing3` → thing). */
export function fitValue(key: string, value: string | DateInput): string {
  const type = /^([a-z_]+?)\d+$/.exec(key)?.[1] ?? ''
  if (type === 'time') return chinaWallClock(value).format('YYYY年M月D日 HH:mm')
  if (type === 'date') return chinaWallClock(value).format('YYYY年M月D日')
  const text = String(value).replace(/\s+/g, ' ').trim()
  switch (type) {
    case 'thing':
      return cut([...text], CHAR_LIMITS.thing) || '—'
    case 'character_string':
      return cut([...text.replace(/[^\x21-\x7e]/g, '')], CHAR_LIMITS.character_string).replace('…', '') || '-'
    case 'number':
      return text.replace(/[^\d.-]/g, '').slice(0, 32) || '0'
    case 'phrase':
      // up to 5 Chinese characters, nothing else
      return [...text.replace(/[^\u4e00-\u9fff]/g, '')].slice(0, 5).join('') || '通知'
    case 'name': {
      const latin = /^[A-Za-z ]+$/.test(text)
      return [...text].slice(0, latin ? 20 : 10).join('') || '—'
    }
    default:
      throw new Error(`unknown keyword type in ${key}`)
  }
}

/** WeChat's `data` for a template: every keyword present and fitting. */
export function templateData<K extends TemplateKey>(template: K, values: TemplateValues<K>): Record<string, { value: string }> {
  const fields = TEMPLATE_FIELDS[template] as Record<string, string>
  const out: Record<string, { value: string }> = {}
  for (const [name, key] of Object.entries(fields)) {
    const value = (values as Record<string, string | Date | undefined>)[name]
    if (value === undefined) throw new Error(`template ${template} needs ${name}`)
    out[key] = { value: fitValue(key, value) }
  }
  return out
}
