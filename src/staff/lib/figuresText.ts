/**
 * 数字 in words: the periods offered (on China's calendar, from domain/kernel/periods.ts), a rate
 * as a percentage or as the count with 样本不足, and the name of each figure's matters.
 */
import type { MatterSet, Rate } from '../../../domain/figures/api'
import { dayCount, halfYearPeriod, MAX_PERIOD_DAYS, monthPeriod, quarterOf, quarterPeriod, type ChinaDays } from '../../../domain/kernel/periods'
import { chinaWallClock } from '../../../domain/kernel/time'

export type PeriodChoice = 'month' | 'quarter' | 'half' | 'custom'

export const PERIOD_CHOICES: { value: PeriodChoice; label: string }[] = [
  { value: 'month', label: '本月' },
  { value: 'quarter', label: '本季度' },
  { value: 'half', label: '本半年' },
  { value: 'custom', label: '自定义' },
]

/** The month, quarter or half-year `now` falls in, in China time. */
export function currentPeriod(choice: Exclude<PeriodChoice, 'custom'>, now: Date): ChinaDays {
  const w = chinaWallClock(now)
  if (choice === 'month') return monthPeriod(w.year(), w.month() + 1)
  const { year, quarter } = quarterOf(now)
  if (choice === 'quarter') return quarterPeriod(year, quarter)
  return halfYearPeriod(year, quarter <= 2 ? 1 : 2)
}

/** Why a chosen range cannot be counted, as the server would say it; null when it can. */
export function customPeriodProblem(days: { from: string; to: string }): string | null {
  if (!days.from || !days.to) return '请选择开始和结束日期'
  if (days.to < days.from) return '结束日期不能早于开始日期'
  if (dayCount(days) > MAX_PERIOD_DAYS) return `一次最多统计 ${MAX_PERIOD_DAYS} 天，请缩短时段`
  return null
}

const ymd = (d: string) => ({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) })

/** 2026年11月1日至11月30日 (the year once when both ends share it). */
export function periodWords({ from, to }: ChinaDays): string {
  const a = ymd(from)
  const b = ymd(to)
  const start = `${a.y}年${a.m}月${a.d}日`
  if (from === to) return start
  return `${start}至${a.y === b.y ? '' : `${b.y}年`}${b.m}月${b.d}日`
}

/** A rate's headline: 92.3%, or the count when the sample is too small to be a rate. */
export function rateHeadline(r: Rate): string {
  return 'insufficient' in r ? `${r.count} 件` : `${r.value}%`
}

/** What the headline stands on: 12 / 13 件, or 共 6 件 · 样本不足. */
export function rateBasis(r: Rate): string {
  return 'insufficient' in r ? `共 ${r.n} 件 · 样本不足` : `${r.count} / ${r.of} 件`
}

/** The matters behind each figure, as a list's title says them. */
export const FIGURE_LABELS: Record<MatterSet, string> = {
  collected: '收集的诉求',
  withdrawn: '居民撤回',
  responded24h: '24 小时内受理',
  respondedLate: '超过 24 小时受理或未受理',
  onTime: '按期办结',
  onTimeExtended: '延期后按期办结',
  late: '超期办结或超期未办结',
  answeredClosed: '已答复、已办结',
  rated: '居民已评议',
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
  solved: '居民说已解决',
  unsolved: '居民说未解决',
  unrated: '未评价（评议期满）',
  cadreRecorded: '干部回访记录的评价',
  awaitingRating: '等待居民评议',
  overdueNow: '当前超期',
  extensions: '办理中延期过',
  escalations: '上报上级',
}
