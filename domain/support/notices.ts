/**
 * Who is told of a support visit not made: first the area's cadre, then (still not made
 * SUPPORT_ESCALATE_DAYS later) the point's leaders. The event names the plan and the
 * period, so each is told once per period, whatever the timer retries.
 */
import { formatChinaDate } from '../kernel/time'
import type { Notice } from '../messages/notices'
import { templateData } from '../messages/templates'
import { SUPPORT_EVERY_LABELS, type SupportEvery } from './plans'

export interface DuePlan {
  _id: string
  area: string
  areaName: string
  address: string
  every: SupportEvery
  periodStart: string
  dueAt: Date
}

export const supportPage = (area: string) => `staff/pages/ledger/index?area=${area}`

function notice(p: DuePlan, who: 'cadre' | 'leader', recipient: string): Notice {
  const late = who === 'leader'
  return {
    event: `support:${p._id}:${p.periodStart}:${who}`,
    recipient,
    template: 'due',
    data: templateData('due', { no: `BF${p.periodStart.replace(/-/g, '')}`, title: `帮扶走访：${p.areaName}`, status: late ? '仍未走访' : '未走访', due: p.dueAt }),
    page: supportPage(p.area),
    title: late ? `${p.areaName}有帮扶走访逾期未做` : '帮扶走访到期未做',
    body: `${p.address}：${SUPPORT_EVERY_LABELS[p.every]}一次的帮扶走访，本期（${p.periodStart} 起）应在 ${formatChinaDate(new Date(p.dueAt.getTime() - 1))} 前入户，还没有记录。`,
  }
}

export const cadreNotice = (p: DuePlan, cadre: string) => notice(p, 'cadre', cadre)
export const leaderNotices = (p: DuePlan, leaders: readonly string[]) => leaders.map((l) => notice(p, 'leader', l))
