/**
 * 挂点 progress as read from the database: the leaders whose contact point is one of some
 * points, and each one's month against the quota of their level (domain/diary/leaders.ts
 * says what counts). Queries: the leaders in chunks of points, their diary entries of the
 * month in chunks of leaders, the contact points' names and the village quotas.
 */
import type { LeaderStanding } from '../../domain/diary/api'
import { countsVisits, LEADER_LEVEL_LABELS, LEADER_LEVELS, leaderDone, leaderProgress, leaderQuota, leaderQuotaText, type DiaryDay, type LeaderLevel } from '../../domain/diary/leaders'
import type { DatabasePort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { asPoints, asStaffList } from '../kernel/reads'
import { asVisitFields, quotasOf } from './visit-records'

/** A staff record with a 挂点 named (staff.setLeader). */
export type LeaderRecord = StaffRecord & { level: LeaderLevel; contactPoint: string }

export const isLeaderRecord = (s: StaffRecord): s is LeaderRecord => !!s.level && !!s.contactPoint

const CHUNK = 100
const PAGE = 1000
/** More than a county's leaders write in a month; past it the read says so rather than hang. */
const MAX_PAGES = 10

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK))
  return out
}

/** The active leaders whose 挂点 is one of `pointCodes`. */
export async function leadersAt(db: DatabasePort, pointCodes: readonly string[]): Promise<LeaderRecord[]> {
  const _ = db.command
  const out: LeaderRecord[] = []
  for (const part of chunks(pointCodes)) {
    const { data } = await db.collection('staff').where({ contactPoint: _.in(part), active: true }).limit(PAGE).get()
    out.push(...asStaffList(data).filter(isLeaderRecord))
  }
  return out
}

/** The diary entries of `month` written by these people, as far as the count needs them. */
async function entriesOf(db: DatabasePort, openids: readonly string[], month: string): Promise<(DiaryDay & { author: string })[]> {
  const _ = db.command
  const out: (DiaryDay & { author: string })[] = []
  for (const part of chunks(openids)) {
    for (let page = 0; page < MAX_PAGES; page++) {
      const { data } = await db
        .collection('visits')
        .where({ author: _.in(part), month })
        .orderBy('visitedAt', 'desc')
        .field({ author: true, pointCode: true, visitedAt: true, form: true, householdKey: true })
        .skip(page * PAGE)
        .limit(PAGE)
        .get()
      out.push(...asVisitFields(data, ['author', 'pointCode', 'visitedAt', 'form', 'householdKey']))
      if (data.length < PAGE) break
      if (page === MAX_PAGES - 1) throw new Error(`more than ${PAGE * MAX_PAGES} leaders' visits in ${month}`)
    }
  }
  return out
}

const LEVEL_ORDER = (l: LeaderLevel) => LEADER_LEVELS.indexOf(l)

/** Each leader's month: behind first, the furthest behind first, then by level and name. */
export async function standingsOf(db: DatabasePort, leaders: readonly LeaderRecord[], month: string): Promise<LeaderStanding[]> {
  if (leaders.length === 0) return []
  const _ = db.command
  const codes = [...new Set(leaders.map((l) => l.contactPoint))]
  const villageCodes = [...new Set(leaders.filter((l) => !countsVisits(l.level)).map((l) => l.contactPoint))]
  const [names, quotas, entries] = await Promise.all([
    Promise.all(chunks(codes).map(async (part) => asPoints((await db.collection('points').where({ code: _.in(part) }).limit(CHUNK).get()).data))),
    quotasOf(db, villageCodes),
    entriesOf(db, leaders.map((l) => l.openid), month),
  ])
  const nameOf = new Map(names.flat().map((p) => [p.code, p.name]))
  return leaders
    .map((l): LeaderStanding => {
      const pointQuota = quotas.get(l.contactPoint)
      const progress = leaderProgress(leaderQuota(l.level, pointQuota), leaderDone(l.level, l.contactPoint, entries.filter((e) => e.author === l.openid)))
      return {
        openid: l.openid,
        name: l.name,
        level: l.level,
        levelLabel: LEADER_LEVEL_LABELS[l.level],
        title: l.title ?? '',
        answersFor: l.answersFor ?? '',
        contactPoint: { code: l.contactPoint, name: nameOf.get(l.contactPoint) ?? l.contactPoint },
        quotaText: leaderQuotaText(l.level, pointQuota),
        unit: countsVisits(l.level) ? '次' : '户',
        ...progress,
      }
    })
    .sort((a, b) => b.behind - a.behind || LEVEL_ORDER(a.level) - LEVEL_ORDER(b.level) || a.name.localeCompare(b.name))
}

/** The caller's own 挂点 month, when an admin named their level; null otherwise. */
export async function ownLeaderStanding(db: DatabasePort, staff: StaffRecord, month: string): Promise<LeaderStanding | null> {
  return isLeaderRecord(staff) ? (await standingsOf(db, [staff], month))[0] : null
}
