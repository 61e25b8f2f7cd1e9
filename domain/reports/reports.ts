/**
 * 评事日: the last talk day of each quarter, when the cadres report the quarter's work and
 * residents' representatives rate it; and the words of the half-year summary.
 */
import type { FiguresView } from '../figures/api'
import type { Rate } from '../figures/figures'
import { dayCount, halfYearPeriod, quarterPeriod, type ChinaDays } from '../kernel/periods'
import { openingsBetween, type OpeningRule, type ScheduleException } from '../schedule/openings'
import { chinaWallAt } from '../kernel/time'

/** The last day of the quarter the point is open, by its schedule; null when it has none. */
export function pingshiDay(pointCode: string, rules: readonly OpeningRule[], exceptions: readonly ScheduleException[], quarter: ChinaDays): string | null {
  const openings = openingsBetween(pointCode, rules, exceptions, quarter.from, dayCount(quarter))
  return openings.length > 0 ? openings[openings.length - 1].date : null
}

/** The report is what 评事日 is for: ready once that day has come (or the quarter is over). */
export function reportReady(today: string, quarter: ChinaDays, day: string | null): boolean {
  return today > quarter.to || (day !== null && today >= day)
}

/**
 * When representatives may rate a quarter: from its 评事日 (they rate what they heard
 * reported there; a quarter with no talk day scheduled, once it is over) to the end of the
 * following quarter, while the work is still fresh. Null: now; otherwise why not.
 */
export function ratingClosedReason(today: string, year: number, quarter: number, day: string | null): string | null {
  const period = quarterPeriod(year, quarter)
  if (!reportReady(today, period, day)) {
    return day ? `本季度的评事日是 ${day}，评事日当天起才能评议` : `本季度结束后（${period.to} 以后）才能评议`
  }
  const next = quarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, quarter + 1)
  if (today > next.to) return `评议已于 ${next.to} 截止`
  return null
}

/** A rate in words: 92.3%, or the count with 样本不足 (never a percentage over a small sample). */
export function rateText(r: Rate): string {
  return 'insufficient' in r ? `${r.count}/${r.n}（样本不足）` : `${r.value}%（${r.count}/${r.of}）`
}

export interface SummaryFacts {
  pointName: string
  year: number
  half: number
  /** YYYY-MM-DD: the day the figures were read */
  asOf: string
  figures: FiguresView
  meetings: { count: number; decided: number }
  topCategories: { category: string; count: number }[]
  /** households visited in the half-year, all cadres */
  households: number
  cadresVisiting: number
  unsatisfiedFollowed: number
}

const halfName = (half: number) => (half === 1 ? '上半年' : '下半年')

/** 民情专递工作半年小结: a draft in a few paragraphs, for the leader to edit. */
export function summaryDraft(f: SummaryFacts): string {
  const g = f.figures
  const asOf = chinaWallAt(f.asOf).format('M月D日')
  const top = f.topCategories.slice(0, 3)
  const paragraphs = [
    `${f.pointName}${f.year}年${halfName(f.half)}民情专递工作小结（截至${asOf}）`,
    `一、收集办理。${halfName(f.half)}共收集群众诉求 ${g.collected} 件（另有居民撤回 ${g.withdrawn} 件），` +
      `已答复和办结 ${g.answeredClosed} 件，反馈办结率 ${rateText(g.feedbackRate)}；24 小时内受理率 ${rateText(g.responded24h)}，` +
      `按期办结率 ${rateText(g.onTime)}。办理中延期 ${g.extensions} 件，上报上级部门 ${g.escalations} 件，目前逾期未办 ${g.overdueNow} 件。`,
    `二、群众评价。居民自评 ${g.rated} 件，其中满意 ${g.satisfied} 件、基本满意 ${g.basic} 件、不满意 ${g.unsatisfied} 件，` +
      `满意率 ${rateText(g.satisfaction)}；解决率 ${rateText(g.solved)}。未评价 ${g.unrated} 件、干部回访代录 ${g.cadreRecorded} 件，均不计入满意。` +
      (f.unsatisfiedFollowed > 0 ? `对评价不满意的 ${f.unsatisfiedFollowed} 件已重新办理或回访。` : ''),
    `三、集中议事与走访。召开议事会议 ${f.meetings.count} 次，议定事项 ${f.meetings.decided} 件；` +
      `${f.cadresVisiting} 名干部入户走访 ${f.households} 户次。`,
    top.length > 0
      ? `四、群众关注。反映较多的是${top.map((c) => `${c.category}（${c.count} 件）`).join('、')}，下一步将针对这些方面加强排查和办理。`
      : '四、群众关注。本期暂无群众诉求。',
    '五、下一步工作。（请补充）',
  ]
  return paragraphs.join('\n\n')
}

/**
 * Finalising a half-year's summary before the half-year is over leaves out what happens
 * after: allowed, but only when asked for knowingly. Null once the half-year has ended.
 */
export function earlyFinalWarning(year: number, half: number, today: string): string | null {
  const { to } = halfYearPeriod(year, half)
  if (today > to) return null
  const end = chinaWallAt(to).format('M月D日')
  return `${year}年${halfName(half)}到 ${end} 才结束。现在定稿，此后办理和评议的情况不会写进小结，定稿后也不能再改。确定提前定稿吗？`
}
