/**
 * 挂点: leaders above the points visit them. Each has a level, a contact point (挂点) and a
 * monthly quota from the level (LEADER_VISITS: city 1, county 2, township 3 visits; a
 * village cadre DIARY.quota, 3–5 households), and what they answer for, posted to residents.
 *
 * What counts: a leader's visit is a China day on which they wrote a 民情日记 entry at their
 * 挂点, whatever its form (a reception at the point or a household). The 挂点 is the promise
 * posted to residents, so only days there count (entries elsewhere are kept but do not meet
 * it); a reception day with three residents is one visit, not three. A village cadre's
 * quota counts households at the 挂点, as 走访进度 does (visits.ts).
 */
import { DIARY, LEADER_VISITS } from '../policy/defaults'
import { householdsVisited, type VisitQuota } from './visits'

export const LEADER_LEVELS = ['city', 'county', 'township', 'village'] as const
export type LeaderLevel = (typeof LEADER_LEVELS)[number]

export const LEADER_LEVEL_LABELS: Record<LeaderLevel, string> = {
  city: '市级领导',
  county: '县级领导',
  township: '乡镇（街道）领导',
  village: '村（社区）干部',
}

/** The role a level is held with: leaders above the village, cadres in it. */
export const roleOfLevel = (level: LeaderLevel): 'leader' | 'cadre' => (level === 'village' ? 'cadre' : 'leader')

/** Levels above the village: their quota is visits (days at the 挂点), not households. */
export const countsVisits = (level: LeaderLevel) => level !== 'village'

/** What a staff record keeps of the post (staff.setLeader). */
export interface LeaderPost {
  level: LeaderLevel
  contactPoint: string
  title: string
  answersFor: string
}

/** The monthly minimum: visits for a leader, households (the point's quota) for a village cadre. */
export function leaderQuota(level: LeaderLevel, pointQuota: VisitQuota = DIARY.quota): number {
  return level === 'village' ? pointQuota.min : LEADER_VISITS[level]
}

/** The rule in words, from the numbers. */
export function leaderQuotaText(level: LeaderLevel, pointQuota: VisitQuota = DIARY.quota): string {
  if (level === 'village') return pointQuota.min === pointQuota.max ? `每月走访 ${pointQuota.min} 户` : `每月走访 ${pointQuota.min}–${pointQuota.max} 户`
  return `每月到挂点至少 ${LEADER_VISITS[level]} 次`
}

export interface DiaryDay {
  pointCode: string
  /** YYYY-MM-DD, China date */
  visitedAt: string
  form: string
  householdKey: string
}

/** Visits (days) or households at the 挂点 in the entries given (one month's). */
export function leaderDone(level: LeaderLevel, contactPoint: string, entries: readonly DiaryDay[]): number {
  const there = entries.filter((e) => e.pointCode === contactPoint)
  return countsVisits(level) ? new Set(there.map((e) => e.visitedAt)).size : householdsVisited(there)
}

export interface LeaderProgress {
  quota: number
  done: number
  /** how many short of the quota (0 once met) */
  behind: number
}

export function leaderProgress(quota: number, done: number): LeaderProgress {
  return { quota, done, behind: Math.max(0, quota - done) }
}

/** Whether a staff member reaches a point: holds it, or holds a node on its path (ORGSPEC). */
export function reachesPoint(s: { readonly points: readonly string[]; readonly nodes?: readonly string[] }, point: { readonly code: string; readonly orgPath?: readonly string[] }): boolean {
  return s.points.includes(point.code) || (s.nodes ?? []).some((n) => (point.orgPath ?? []).includes(n))
}
