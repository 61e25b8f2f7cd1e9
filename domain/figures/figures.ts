/**
 * 数字: the figures a talk point is judged by. Pure: the server reads the facts of the
 * period's matters (cloudfunctions/figures/figures-read.ts), this says which figures each
 * matter is in and counts them.
 *
 * Which matters: those collected (registered) within the period, in China time, each
 * judged on its state now — a matter collected in March and rated in April counts in
 * March's 满意率 once rated. A withdrawn matter is counted apart and in no other figure.
 *
 * - 响应率: accepted within 24 h of registration (exactly 24 h is in time), among the
 *   matters accepted or older than 24 h (a younger one still has time).
 * - 按期办结率: among the matters answered, or open past their deadline, those whose every
 *   answer came by the deadline in force then. A deadline ends at 23:59:59 China time and
 *   that whole second is in time. A matter reopened after 不满意 is handled again by a new
 *   deadline: both answers count, and either one late makes it late. An extension sets
 *   the deadline in force (it was granted, with a reason the resident was told), and the
 *   matters on time only with one are shown apart (onTimeExtended). A matter never
 *   accepted has no deadline: 响应率 is where it shows.
 * - 反馈办结率: answered (awaiting rating or closed) ÷ collected; a reopened matter being
 *   handled again is not answered.
 * - 满意率 (满意 + 基本满意) and 解决率 (the resident said the problem was solved, the
 *   `solved` of their rating) among the matters whose latest answer the resident rated.
 *   未评价 (closed when the rating window ran out) and ratings a cadre recorded for a
 *   resident are shown apart and never counted as rated, satisfied or solved. A matter
 *   answered again after 不满意 awaits its new rating; until then it is in neither.
 * - Every rate over fewer than FIGURES.minSample (policy/defaults.ts) matters in its denominator is shown as the
 *   count with 样本不足, never as a percentage.
 */
import { dueDateFor, endOfChinaDayAfter, ACCEPT_WITHIN_MS, type Importance } from '../matters/deadlines'
import { FIGURES, MATTER_DEADLINES } from '../policy/defaults'
import type { RatingLevel } from '../matters/handling'
import type { ItemStatus } from '../matters/status'

export interface MatterFacts {
  id: string
  createdAt: Date
  status: ItemStatus
  acceptedAt: Date | null
  importance: Importance | null
  /** the deadline now in force */
  dueAt: Date | null
  /** every answer, oldest first (当场答复 included) */
  replies: Date[]
  /** every reopening after 不满意, oldest first */
  reopens: Date[]
  /** the extensions granted: when, and the new deadline */
  extensions: { at: Date; to: Date }[]
  closedReason: 'rated' | 'unrated' | 'withdrawn' | null
  /** the latest rating; `recordedBy` marks one a cadre recorded for the resident */
  rating: { level: RatingLevel; solved: boolean; recordedBy?: string | null } | null
  /** taken to an upper department (代理办事) */
  escalated: boolean
}

/** The sets of matters behind the figures; each can be listed (figures.items). */
export const MATTER_SETS = [
  'collected',
  'withdrawn',
  'responded24h',
  'respondedLate',
  'onTime',
  'onTimeExtended',
  'late',
  'answeredClosed',
  'rated',
  'satisfied',
  'basic',
  'unsatisfied',
  'solved',
  'unsolved',
  'unrated',
  'cadreRecorded',
  'awaitingRating',
  'overdueNow',
  'extensions',
  'escalations',
] as const
export type MatterSet = (typeof MATTER_SETS)[number]

/** A percentage with one decimal, or the count alone when the sample is too small. */
export type Rate = { value: number; count: number; of: number } | { insufficient: true; count: number; n: number }

export function rate(count: number, of: number): Rate {
  if (of < FIGURES.minSample) return { insufficient: true, count, n: of }
  return { value: Math.round((count * 1000) / of) / 10, count, of }
}

/** After the deadline's second: a deadline of 23:59:59 holds until 23:59:59.999. */
const after = (at: Date, deadline: Date) => Math.floor(at.getTime() / 1000) > Math.floor(deadline.getTime() / 1000)

const OPEN: readonly ItemStatus[] = ['accepted', 'in_progress']

/**
 * The deadline in force at each answer. Answer k closes round k, which began at acceptance
 * (k = 0) or at the k-th reopening. The last extension granted within the round sets it;
 * else the round's own deadline: the stored one for the latest round (nothing changes a
 * deadline after an answer), and for earlier rounds the one the rules gave then.
 */
function deadlinesOfAnswers(f: MatterFacts): (Date | null)[] {
  return f.replies.map((answer, k) => {
    const start = k === 0 ? f.acceptedAt : f.reopens[k - 1]
    if (!start) return f.dueAt
    const granted = f.extensions.filter((e) => e.at >= start && e.at <= answer)
    if (granted.length > 0) return granted[granted.length - 1].to
    if (k === f.reopens.length) return f.dueAt
    if (k === 0) return f.importance ? dueDateFor(start, f.importance) : f.dueAt
    return endOfChinaDayAfter(start, MATTER_DEADLINES.reopenDays)
  })
}

function timeliness(f: MatterFacts, now: Date): { judged: boolean; late: boolean; overdue: boolean } {
  const overdue = OPEN.includes(f.status) && f.dueAt !== null && after(now, f.dueAt)
  const deadlines = deadlinesOfAnswers(f)
  const lateAnswer = f.replies.some((answer, k) => {
    const deadline = deadlines[k]
    return deadline !== null && after(answer, deadline)
  })
  return { judged: f.acceptedAt !== null && (f.replies.length > 0 || overdue), late: lateAnswer || overdue, overdue }
}

/** How the latest answer was rated, as the figures count it. */
function ratingOf(f: MatterFacts): 'resident' | 'cadre' | 'unrated' | 'awaiting' | null {
  if (f.status === 'replied') return 'awaiting'
  if (f.status === 'closed' && f.closedReason === 'unrated') return 'unrated'
  // a standing rating: closed as rated, or the 不满意 that reopened a matter now handled again
  const stands = (f.status === 'closed' && f.closedReason === 'rated') || OPEN.includes(f.status)
  if (!stands || !f.rating) return null
  return f.rating.recordedBy ? 'cadre' : 'resident'
}

/** The figures a matter is in, in the order of MATTER_SETS. */
export function setsOf(f: MatterFacts, now: Date): MatterSet[] {
  if (f.status === 'withdrawn') return ['withdrawn']
  const sets = new Set<MatterSet>(['collected'])
  if (f.acceptedAt) sets.add(f.acceptedAt.getTime() - f.createdAt.getTime() <= ACCEPT_WITHIN_MS ? 'responded24h' : 'respondedLate')
  else if (now.getTime() - f.createdAt.getTime() > ACCEPT_WITHIN_MS) sets.add('respondedLate')
  const t = timeliness(f, now)
  if (t.judged) {
    sets.add(t.late ? 'late' : 'onTime')
    if (!t.late && f.extensions.length > 0) sets.add('onTimeExtended')
  }
  if (t.overdue) sets.add('overdueNow')
  if (f.status === 'replied' || f.status === 'closed') sets.add('answeredClosed')
  const rated = ratingOf(f)
  if (rated === 'resident' && f.rating) {
    sets.add('rated')
    sets.add(f.rating.level)
    sets.add(f.rating.solved ? 'solved' : 'unsolved')
  } else if (rated === 'cadre') sets.add('cadreRecorded')
  else if (rated === 'unrated') sets.add('unrated')
  else if (rated === 'awaiting') sets.add('awaitingRating')
  if (f.extensions.length > 0) sets.add('extensions')
  if (f.escalated) sets.add('escalations')
  return MATTER_SETS.filter((s) => sets.has(s))
}

export type MatterCounts = Record<MatterSet, number>

export const emptyCounts = (): MatterCounts => Object.fromEntries(MATTER_SETS.map((s) => [s, 0])) as MatterCounts

/** Adds one matter to running counts (the server counts page by page). */
export function tally(counts: MatterCounts, f: MatterFacts, now: Date): void {
  for (const s of setsOf(f, now)) counts[s]++
}

export interface MatterFigures {
  counts: MatterCounts
  responded24h: Rate
  onTime: Rate
  feedbackRate: Rate
  solved: Rate
  satisfaction: Rate
}

export function ratesOf(counts: MatterCounts): MatterFigures {
  return {
    counts,
    responded24h: rate(counts.responded24h, counts.responded24h + counts.respondedLate),
    onTime: rate(counts.onTime, counts.onTime + counts.late),
    feedbackRate: rate(counts.answeredClosed, counts.collected),
    solved: rate(counts.solved, counts.rated),
    satisfaction: rate(counts.satisfied + counts.basic, counts.rated),
  }
}

export function figuresOf(facts: Iterable<MatterFacts>, now: Date): MatterFigures {
  const counts = emptyCounts()
  for (const f of facts) tally(counts, f, now)
  return ratesOf(counts)
}
