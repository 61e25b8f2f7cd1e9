/**
 * What a 换班 request tells the two cadres: asked, answered (同意 / 不同意), lapsed because
 * the roster changed, or withdrawn. Both hear of every step, in 消息 and, where they
 * allowed it, on WeChat (the staff template 到期提醒: the duty's opening, what happened,
 * when it starts). Pure; the function queues these in the same transaction as the change.
 * Event ids carry the request's creation time: a request asked again after a withdrawal
 * is a new moment.
 */
import type { Notice } from '../messages/notices'
import { templateData } from '../messages/templates'
import { chinaInstant, chinaWallAt } from '../kernel/time'

export interface SwapFacts {
  _id: string
  pointCode: string
  openingId: string
  openingDate: string
  openingStart: string
  from: { openid: string; name: string }
  to: { openid: string; name: string }
  theirDate: string | null
  theirStart: string | null
  createdAt: Date
}

export type SwapMoment = 'requested' | 'accepted' | 'declined' | 'stale' | 'withdrawn'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const

/** 12月2日（星期三）14:30 */
function when(date: string, start: string): string {
  const d = chinaWallAt(date, start)
  return `${d.month() + 1}月${d.date()}日（星期${WEEKDAYS[d.day()]}）${d.format('H:mm')}`
}

const startOf = (date: string, start: string) => chinaInstant(date, start)

/** 张建国 12月2日 14:30 的值班（换李秀英 12月9日 14:30 的值班） */
function what(s: SwapFacts): string {
  const mine = `${s.from.name} ${when(s.openingDate, s.openingStart)} 的值班`
  return s.theirDate && s.theirStart ? `${mine}（换${s.to.name} ${when(s.theirDate, s.theirStart)} 的值班）` : `${mine}（代班）`
}

const WORDS: Record<SwapMoment, { status: string; toFrom: string; toTo: string; body: (s: SwapFacts) => string }> = {
  requested: {
    status: '换班申请',
    toFrom: '换班申请已发出',
    toTo: '有人请您换班',
    body: (s) => `${s.from.name}请${s.to.name}换班：${what(s)}。请${s.to.name}在「值班表」里答复。`,
  },
  accepted: { status: '同意换班', toFrom: '对方同意换班', toTo: '您已同意换班', body: (s) => `${s.to.name}同意了换班：${what(s)}。值班表已更新。` },
  declined: { status: '不同意', toFrom: '对方没有同意换班', toTo: '您没有同意换班', body: (s) => `${s.to.name}没有同意换班：${what(s)}。值班表不变。` },
  stale: { status: '申请失效', toFrom: '换班申请已失效', toTo: '换班申请已失效', body: (s) => `值班表在申请之后变了，这个换班申请已失效：${what(s)}。如仍需换班，请重新申请。` },
  withdrawn: { status: '已撤回', toFrom: '您已撤回换班申请', toTo: '换班申请已撤回', body: (s) => `${s.from.name}撤回了换班申请：${what(s)}。值班表不变。` },
}

/** The two messages of one moment: the requester's and the other cadre's. */
export function swapNotices(s: SwapFacts, moment: SwapMoment): Notice[] {
  const w = WORDS[moment]
  const data = templateData('due', { no: s.openingId, title: `换班：${when(s.openingDate, s.openingStart)}值班`, status: w.status, due: startOf(s.openingDate, s.openingStart) })
  const page = `staff/pages/duty/index?point=${encodeURIComponent(s.pointCode)}`
  const body = w.body(s)
  return [
    { event: `swap:${s._id}:${s.createdAt.getTime()}:${moment}`, recipient: s.from.openid, template: 'due', data, page, title: w.toFrom, body },
    { event: `swap:${s._id}:${s.createdAt.getTime()}:${moment}`, recipient: s.to.openid, template: 'due', data, page, title: w.toTo, body },
  ]
}
