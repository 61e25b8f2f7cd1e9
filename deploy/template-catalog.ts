/**
 * The subscription templates the project uses, as WeChat's template library names them:
 * the title and each keyword's name, by the key in domain/messages/templates.ts TEMPLATE_FIELDS.
 * `npm run templates` matches the mini-program's templates against these.
 */
import { TEMPLATE_FIELDS, type TemplateKey } from '../domain/messages/templates'

const NAMES: Record<TemplateKey, { title: string; keywords: Record<string, string> }> = {
  accepted: { title: '受理通知', keywords: { character_string1: '登记编号', thing2: '诉求事项', phrase3: '受理状态', time4: '办结期限' } },
  progress: { title: '办理进度通知', keywords: { character_string1: '登记编号', thing2: '诉求事项', thing3: '当前进度', time4: '更新时间' } },
  replied: { title: '答复通知', keywords: { character_string1: '登记编号', thing2: '诉求事项', thing3: '答复内容', thing4: '温馨提示' } },
  reminder: { title: '评议提醒', keywords: { character_string1: '登记编号', thing2: '诉求事项', thing3: '温馨提示' } },
  booking: { title: '预约状态通知', keywords: { thing1: '预约事项', time2: '预约时间', thing3: '地点', phrase4: '预约状态', thing5: '备注' } },
  assigned: { title: '新事项通知', keywords: { character_string1: '登记编号', thing2: '诉求事项', thing3: '来源', time4: '办结期限' } },
  due: { title: '到期提醒', keywords: { character_string1: '登记编号', thing2: '诉求事项', phrase3: '状态', time4: '期限' } },
}

export interface TemplateWanted {
  key: TemplateKey
  title: string
  /** WeChat key (thing2) → keyword name (诉求事项) */
  keywords: Record<string, string>
}

/** Every template the functions send, each keyword named; a key without a name is a mistake caught here. */
export function wantedTemplates(): TemplateWanted[] {
  return (Object.keys(TEMPLATE_FIELDS) as TemplateKey[]).map((key) => {
    const used = Object.values(TEMPLATE_FIELDS[key]) as string[]
    const named = NAMES[key]
    const missing = used.filter((k) => !named.keywords[k])
    if (missing.length) throw new Error(`模板 ${key} 的关键词 ${missing.join('、')} 没有名称`)
    return { key, title: named.title, keywords: Object.fromEntries(used.map((k) => [k, named.keywords[k]])) }
  })
}
