/**
 * A year of matters for the demo county, made up by a seeded random generator: the same
 * seed gives the same matters, so every run of the demo shows the same figures. Each
 * matter is a story the rules allow — registered, accepted within a day or late, answered
 * on time or late (some after an extension), taken to a department, rated 满意 / 基本满意 /
 * 不满意 (then reopened and answered again), left unrated, withdrawn — and its state is the
 * one its age allows: the matters of the last days are still being handled.
 */
import { newMatter } from '../domain/matters/new-matter'
import { formatRegistrationNo, monthKey } from '../domain/matters/numbering'
import { CATEGORIES } from '../domain/matters/categories'
import { dueDateFor, endOfChinaDayAfter } from '../domain/matters/deadlines'
import { MATTER_DEADLINES } from '../domain/policy/defaults'
import type { RatingLevel } from '../domain/matters/handling'
import type { ItemRecord, TimelineRecord } from '../cloudfunctions/kernel/records'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface HistoryPoint {
  code: string
  name: string
  /** who answers for its matters */
  cadre: { openid: string; name: string }
  /** how busy it is against the others (a new point: small) */
  weight: number
  /** its first day: no matter before it */
  since?: Date
}

export type HistoryMatter = ItemRecord

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = ['秀英', '桂兰', '建国', '志强', '海燕', '明', '玉珍', '国华', '丽', '永福', '淑芬', '德顺']
const TOPICS: Record<string, string> = {
  环境卫生: '小区垃圾清运不及时，夏天气味很大',
  邻里纠纷: '楼上装修噪音太大，晚上也不停',
  基础设施: '村口路灯坏了，晚上出行不方便',
  社会保障: '想问高龄津贴怎么申请',
  就业创业: '想了解有没有免费的技能培训',
  治安消防: '楼道里堆放杂物，有消防隐患',
  物业管理: '电梯经常停运，物业不及时修',
  政策咨询: '想了解医保缴费和报销的政策',
  意见建议: '建议在活动室增加老年人的娱乐设施',
  其他: '想反映一下村里的一些情况',
}

type Pick = <T>(list: readonly T[]) => T

function entry(type: TimelineRecord['type'], at: Date, actor: { openid: string; name: string }, text: string): TimelineRecord {
  return { type, at, actor: actor.openid, actorName: actor.name, text }
}

const RESIDENT = { openid: 'resident', name: '居民' }
const SYSTEM = { openid: 'system', name: '系统' }
const later = (from: Date, min: number, max: number, r: () => number) => new Date(from.getTime() + min + Math.floor(r() * (max - min)))

/** What happens to one matter registered at `at`, as far as `now` lets it go. */
function story(m: HistoryMatter, now: Date, r: () => number, pick: Pick): HistoryMatter {
  const age = now.getTime() - m.createdAt.getTime()
  const cadre = m.assignee
  const t: TimelineRecord[] = [...m.timeline]
  const done = (fields: Partial<ItemRecord>): HistoryMatter => ({ ...m, ...fields, timeline: t, updatedAt: t[t.length - 1].at })
  const owner = { openid: m.ownerOpenid, name: '居民' }
  if (r() < 0.03) {
    const at = later(m.createdAt, HOUR, Math.min(age, DAY), r)
    t.push(entry('withdraw', at, owner, '居民已撤回'))
    return done({ status: 'withdrawn', closedAt: at, closedReason: 'withdrawn' })
  }
  // a matter of the last hours is often not accepted yet; now and then one waits too long
  const acceptIn = r() < 0.08 ? later(new Date(0), 25 * HOUR, 60 * HOUR, r).getTime() : later(new Date(0), HOUR, 20 * HOUR, r).getTime()
  // and of the last three days some still wait (those past a day count against 响应率)
  if (acceptIn > age || (age < 3 * DAY && r() < 0.4)) return done({ status: 'submitted' })
  const acceptedAt = new Date(m.createdAt.getTime() + acceptIn)
  const importance = r() < 0.15 ? ('important' as const) : ('normal' as const)
  let dueAt = dueDateFor(acceptedAt, importance)
  t.push(entry('accept', acceptedAt, cadre, importance === 'important' ? '已受理，重要诉求件，本级办理' : '已受理，本级办理'))
  const handling = { track: 'local' as const, importance, tier: 'cadre' as const, acceptedAt, dueAt }
  const fields: Partial<ItemRecord> = { ...handling, status: 'accepted' }
  if (r() < 0.05 && age > 3 * DAY) {
    const at = later(acceptedAt, DAY, 2 * DAY, r)
    const to = endOfChinaDayAfter(dueAt, 10)
    fields.extensions = [{ reason: '需要等相关单位排期', note: '已告知居民', from: dueAt, to, by: cadre.openid, at }]
    dueAt = to
    fields.dueAt = to
    t.push(entry('extend', at, cadre, '办理期限延长'))
  }
  if (r() < 0.05 && age > 2 * DAY) {
    const at = later(acceptedAt, 6 * HOUR, DAY, r)
    fields.escalation = { department: pick(['镇民政办', '县住建局', '县人社局']), takenAt: at.toISOString().slice(0, 10), answer: null, answeredAt: null }
    t.push(entry('escalate', at, cadre, '已上报上级部门代理办理'))
  }
  // most answers come in a few days; some after the deadline; some matters are still open, a few past their deadline
  const late = r() < 0.1
  const span = dueAt.getTime() - acceptedAt.getTime()
  const replyAt = late ? new Date(dueAt.getTime() + later(new Date(0), HOUR, 5 * DAY, r).getTime()) : later(acceptedAt, 2 * HOUR, span * 0.8, r)
  if (replyAt > now || r() < 0.02) return done({ ...fields, status: r() < 0.5 ? 'in_progress' : 'accepted' })
  const reply = (at: Date) => ({ answer: '已经协调处理，请您查看', unit: '村（居）委会', handler: cadre.name, by: cadre.openid, at })
  t.push(entry('reply', replyAt, cadre, '已答复'))
  Object.assign(fields, { status: 'replied', repliedAt: replyAt, reply: reply(replyAt) })
  return rate(done(fields), now, r, replyAt)
}

/** The resident's rating after the answer (or none within the window), and what 不满意 brings. */
function rate(m: HistoryMatter, now: Date, r: () => number, replyAt: Date): HistoryMatter {
  const t = m.timeline
  const window = MATTER_DEADLINES.ratingWindowDays * DAY
  const ratedAt = later(replyAt, 2 * HOUR, 4 * DAY, r)
  const roll = r()
  if (roll < 0.1 || ratedAt > now) {
    // no rating: closed as 未评价 once the window has run out
    const closeAt = new Date(replyAt.getTime() + window)
    if (closeAt > now) return m
    t.push(entry('close', closeAt, SYSTEM, '评议期已过，未评价'))
    return { ...m, status: 'closed', closedAt: closeAt, closedReason: 'unrated', timeline: t, updatedAt: closeAt }
  }
  const level: RatingLevel = roll < 0.62 ? 'satisfied' : roll < 0.88 ? 'basic' : 'unsatisfied'
  const solved = level !== 'unsatisfied' && r() < 0.9
  const rating = { level, solved, opinion: '', at: ratedAt }
  t.push(entry('rate', ratedAt, RESIDENT, level === 'unsatisfied' ? '评议：不满意' : '评议：满意'))
  if (level !== 'unsatisfied') {
    t.push(entry('close', ratedAt, SYSTEM, '已办结'))
    return { ...m, status: 'closed', closedAt: ratedAt, closedReason: 'rated', rating, ratings: [rating], timeline: t, updatedAt: ratedAt }
  }
  // 不满意 reopens it, due a week on; answered again (or still open), then rated again
  const dueAt = endOfChinaDayAfter(ratedAt, MATTER_DEADLINES.reopenDays)
  t.push(entry('reopen', ratedAt, SYSTEM, '居民不满意，重新办理'))
  const reopened = { ...m, status: 'in_progress' as const, dueAt, rating, ratings: [rating], unsatisfiedCount: 1, followUp: true, timeline: t, updatedAt: ratedAt }
  const again = later(ratedAt, DAY, 9 * DAY, r)
  if (again > now) return reopened
  t.push(entry('reply', again, m.assignee, '再次答复'))
  const second = { ...reopened, status: 'replied' as const, repliedAt: again, reply: m.reply ? { ...m.reply, at: again } : null }
  const final = later(again, 2 * HOUR, 3 * DAY, r)
  if (final > now) return second
  if (r() < 0.25) {
    // 不满意 twice: 督办, handled a third time, slowly; its 不满意 stands until then, and it closes unrated
    const no = { level: 'unsatisfied' as const, solved: false, opinion: '还是没有解决', at: final }
    t.push(entry('rate', final, RESIDENT, '评议：不满意'), entry('reopen', final, SYSTEM, '居民再次不满意，领导督办'))
    const supervised = { ...second, status: 'in_progress' as const, dueAt: endOfChinaDayAfter(final, MATTER_DEADLINES.reopenDays), rating: no, ratings: [rating, no], unsatisfiedCount: 2, supervision: true, updatedAt: final }
    const third = later(final, 5 * DAY, 30 * DAY, r)
    const closeAt = new Date(third.getTime() + MATTER_DEADLINES.ratingWindowDays * DAY)
    if (third > now) return supervised
    t.push(entry('reply', third, m.assignee, '第三次答复'))
    if (closeAt > now) return { ...supervised, status: 'replied', repliedAt: third, reply: m.reply ? { ...m.reply, at: third } : null, updatedAt: third }
    t.push(entry('close', closeAt, SYSTEM, '评议期已过，未评价'))
    return { ...supervised, status: 'closed', repliedAt: third, closedAt: closeAt, closedReason: 'unrated', updatedAt: closeAt }
  }
  const rating2 = { level: 'basic' as const, solved: true, opinion: '', at: final }
  t.push(entry('rate', final, RESIDENT, '评议：基本满意'), entry('close', final, SYSTEM, '已办结'))
  return { ...second, status: 'closed', closedAt: final, closedReason: 'rated', rating: rating2, ratings: [rating, rating2], updatedAt: final }
}

/**
 * `count` matters over the year before `now`, spread over the points by weight, oldest
 * first, numbered per point and month after the sequences `taken` says each point's month has used.
 */
export function historyMatters(points: readonly HistoryPoint[], now: Date, count: number, taken: (pointCode: string, month: string) => number, seed = 17): HistoryMatter[] {
  const r = seededRandom(seed)
  const pick: Pick = (list) => list[Math.floor(r() * list.length)]
  const total = points.reduce((s, p) => s + p.weight, 0)
  const yearAgo = now.getTime() - 365 * DAY
  const drawn = Array.from({ length: count }, () => {
    let w = r() * total
    const point = points.find((p) => (w -= p.weight) < 0) ?? points[points.length - 1]
    const start = Math.max(yearAgo, point.since?.getTime() ?? yearAgo)
    return { point, at: new Date(start + Math.floor(r() * (now.getTime() - start))) }
  }).sort((a, b) => a.at.getTime() - b.at.getTime())
  const used = new Map<string, number>()
  return drawn.map(({ point, at }, i) => {
    const month = monthKey(at)
    const key = `${point.code}|${month}`
    const seq = (used.get(key) ?? taken(point.code, month)) + 1
    used.set(key, seq)
    const category = pick(CATEGORIES)
    const id = `demo-history-${i + 1}`
    const base = newMatter(
      {
        id,
        requestId: id,
        ownerOpenid: `demo-history-resident-${1 + Math.floor(r() * 400)}`,
        point: { code: point.code, name: point.name },
        category,
        content: TOPICS[category],
        photos: [],
        contact: { name: pick([...SURNAMES]) + pick(GIVEN), phone: `139${String(Math.floor(r() * 1e8)).padStart(8, '0')}`, address: `${point.name}附近` },
        source: 'qr',
        contentReview: false,
        number: { no: formatRegistrationNo(point.code, month, seq), month, seq },
        assignee: point.cadre,
      },
      at,
    )
    return story({ ...base, board: null }, now, r, pick)
  })
}
