/**
 * 集中议事: which body decides which matter, and what a meeting's record must hold.
 * 一般 matters are for the main cadres (主要干部商议), 稍大 for the 两委会, 大 for the 议事会,
 * 特大 for a vote of the 村民会议. Each tier has exactly one body and each body one tier:
 * a bigger body does not take a smaller matter off the smaller one's agenda.
 */
import { DECIDING_BODY, TIERS, type Tier } from '../matters/handling'
import { FORUM, type Forum } from './forum'

export const MEETING_BODIES = ['主要干部', '两委会', '议事会', '村民会议'] as const
export type MeetingBody = (typeof MEETING_BODIES)[number]
/** Every kind of meeting: the four deciding bodies, and the 座谈会 that only hears (forum.ts). */
export type MeetingKind = MeetingBody | Forum
export const isForum = (kind: MeetingKind): kind is Forum => kind === FORUM

export const BODY_TIER: Record<MeetingBody, Tier> = {
  主要干部: 'cadre',
  两委会: 'committee',
  议事会: 'council',
  村民会议: 'assembly',
}

export function bodyForTier(tier: Tier): MeetingBody {
  return MEETING_BODIES.find((b) => BODY_TIER[b] === tier) as MeetingBody
}

/** Whether a matter of `tier` belongs on this body's agenda. */
export function bodyTakes(body: MeetingKind, tier: Tier | null | undefined): boolean {
  return !isForum(body) && tier != null && BODY_TIER[body] === tier
}

/**
 * The bodies a matter must wait for: those of the tiers above 一般 (handling.ts
 * DECIDING_BODY). The main cadres may still meet on 一般 matters, but none waits for them.
 */
export const WAITING_BODIES: MeetingBody[] = TIERS.filter((t) => DECIDING_BODY[t] !== null).map(bodyForTier)

/** Only a vote of all residents is counted; the other bodies record who was there. */
export const isAssembly = (body: MeetingKind) => body === '村民会议'

/** One of the point's staff, chosen from its list. */
export interface StaffChoice {
  openid: string
  name: string
}

/**
 * A meeting's attendance as stored. Records made before 主持人/记录人/到会干部 were chosen
 * from the point's staff hold `names` (and `absent`) alone; they still read.
 */
export interface Attendance {
  /** everyone there by name: the chair, the recorder, the cadres, then the others */
  names: string[]
  chair?: StaffChoice
  recorder?: StaffChoice
  /** 到会干部 besides the chair and the recorder */
  cadres?: StaffChoice[]
  /** 其他到会人员 (党员、居民代表…), by name */
  others?: string[]
  /** who was expected but absent */
  absent?: string[]
  /** 村民会议: the number present (实到) */
  count?: number
  /** 村民会议: the number expected (应到), when known */
  eligible?: number
}

export interface Votes {
  for: number
  against: number
  abstain: number
}

/** What is wrong with an attendance record for this body, or null. */
export function checkAttendance(body: MeetingKind, a: Attendance): string | null {
  if (!a.chair) return '请选择主持人'
  if (!a.recorder) return '请选择记录人'
  const absent = a.absent ?? []
  const seen = new Set<string>()
  for (const name of a.names) {
    if (seen.has(name)) return `“${name}”选了两次`
    seen.add(name)
  }
  const both = absent.find((n) => seen.has(n))
  if (both) return `“${both}”不能既到会又缺席`
  if (isAssembly(body)) {
    if (a.count === undefined) return '请填写村民会议的到会人数'
    if (a.eligible !== undefined && a.count > a.eligible) return '到会人数不能多于应到人数'
    return null
  }
  if (a.count !== undefined || a.eligible !== undefined) return '只有村民会议需要填写到会人数'
  return null
}

/** The attendance to store: the chosen staff first, then the others, all by name. */
export function attendanceRecord(
  chosen: { chair: StaffChoice; recorder: StaffChoice; cadres: StaffChoice[] },
  rest: { others?: string[]; absent?: string[]; count?: number; eligible?: number },
): Attendance {
  const staff = [chosen.chair, chosen.recorder, ...chosen.cadres]
  const staffNames = [...new Set(staff.map((s) => s.name))]
  return {
    // the chair may also take the minutes: one person, one name
    names: [...staffNames, ...(rest.others ?? [])],
    chair: chosen.chair,
    recorder: chosen.recorder,
    cadres: chosen.cadres,
    ...(rest.others?.length ? { others: rest.others } : {}),
    ...(rest.absent?.length ? { absent: rest.absent } : {}),
    ...(rest.count !== undefined ? { count: rest.count } : {}),
    ...(rest.eligible !== undefined ? { eligible: rest.eligible } : {}),
  }
}

/** The record event's attendance that would store `a` again (to finish a record cut short); null for an old record. */
export function attendanceInput(a: Attendance) {
  if (!a.chair || !a.recorder) return null
  return {
    chair: a.chair.openid,
    recorder: a.recorder.openid,
    cadres: (a.cadres ?? []).map((c) => c.openid),
    ...(a.others?.length ? { others: a.others } : {}),
    ...(a.absent?.length ? { absent: a.absent } : {}),
    ...(a.count !== undefined ? { count: a.count } : {}),
    ...(a.eligible !== undefined ? { eligible: a.eligible } : {}),
  }
}

/** The number of people present, against which votes are counted. */
export function presentCount(body: MeetingKind, a: Attendance): number {
  return isAssembly(body) ? (a.count ?? 0) : a.names.length
}

/** What is wrong with the votes on one matter, or null. Integers ≥ 0 are the schema's job. */
export function checkVotes(body: MeetingKind, votes: Votes | undefined, present: number): string | null {
  if (!isAssembly(body)) return votes ? '只有村民会议表决需要填写票数' : null
  if (!votes) return '村民会议请填写赞成、反对、弃权票数'
  const sum = votes.for + votes.against + votes.abstain
  if (sum === 0) return '请填写票数'
  if (sum > present) return `票数合计 ${sum} 票，多于到会的 ${present} 人`
  return null
}

/** 村民会议所作决定应当经到会人员的过半数通过 (村民委员会组织法 第二十二条). */
export function voteOutcome(votes: Votes, present: number): boolean {
  return votes.for * 2 > present
}

/** The matter's timeline entry: which body, when, and for a vote the count and outcome. */
export function decisionText(body: string, date: string, decision: string, votes?: Votes, present?: number): string {
  if (!votes || present === undefined) return `${body}于 ${date} 研究决定：${decision}`
  const outcome = voteOutcome(votes, present) ? '通过' : '未通过'
  return (
    `${body}于 ${date} 表决（到会 ${present} 人，赞成 ${votes.for} 票、反对 ${votes.against} 票、` +
    `弃权 ${votes.abstain} 票，${outcome}）：${decision}`
  )
}

/** Most matters one meeting takes: each is written in a transaction of its own, within the call's time. */
export const MAX_AGENDA = 20
