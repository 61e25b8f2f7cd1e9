/**
 * 民情日记 (a cadre's visit diary): the forms of contact, which visits count towards the
 * monthly 走访 quota, how a household is recognised, when a visit may be dated, and the
 * numbers a diary never keeps. Months are China calendar months, written YYYY-MM.
 */
import { chinaWallAt, chinaWallClock, type DateInput } from '../kernel/time'
import { DIARY } from '../policy/defaults'

export const VISIT_FORMS = ['homeVisit', 'followUp', 'walkIn', 'appointment'] as const
export type VisitForm = (typeof VISIT_FORMS)[number]
export const VISIT_FORM_LABELS: Record<VisitForm, string> = {
  homeVisit: '主动家访',
  followUp: '定期回访',
  walkIn: '定点接访',
  appointment: '重点约访',
}

/**
 * 入户: the forms in which the cadre goes to the household. Only they count towards the
 * quota (走访 3–5 户 by default, DIARY.quota); 定点接访 and 重点约访 happen at the point and are recorded all the same.
 */
export const HOUSEHOLD_FORMS: readonly VisitForm[] = ['homeVisit', 'followUp']

export interface VisitQuota {
  min: number
  max: number
}

/** The most a quota may ask: a household a day. */
export const QUOTA_LIMIT = 31

export const PERSONAL_NUMBER_MESSAGE = '民情日记不记电话号码、身份证号和银行卡号；需要联系方式时，请「登记为诉求」填在联系信息里'

/** The China calendar month of an instant, YYYY-MM. */
export function chinaMonth(at: DateInput): string {
  return chinaWallClock(at).format('YYYY-MM')
}

/** The month a visit counts in: the month of its China date. */
export function monthOf(visitedAt: string): string {
  return visitedAt.slice(0, 7)
}

/** Days of `month` still to come, today included (0 once it is over). */
export function daysLeftInMonth(month: string, now: DateInput): number {
  const today = chinaWallClock(now)
  const start = chinaWallAt(`${month}-01`)
  const length = start.daysInMonth()
  const current = today.format('YYYY-MM')
  if (month < current) return 0
  if (month > current) return length
  return length - today.date() + 1
}

/** Why a visit cannot carry this date, or null: not after today, not more than DIARY.backdateDays back. */
export function visitDateProblem(visitedAt: string, now: DateInput): string | null {
  const today = chinaWallClock(now).format('YYYY-MM-DD')
  if (visitedAt > today) return '走访日期不能在今天以后'
  const earliest = chinaWallClock(now).subtract(DIARY.backdateDays, 'day').format('YYYY-MM-DD')
  if (visitedAt < earliest) return `只能补记 ${DIARY.backdateDays} 天以内的走访`
  return null
}

const SEPARATORS = /[\s,.;:!?'"()[\]{}<>\-_/\\·，。、；：！？“”‘’（）【】《》—…#＃]/g

/**
 * The household a visit went to, as a key: the address in one spelling (full-width
 * digits folded, spaces and punctuation dropped, 幢 and 号楼 read as 栋, a final 室 or
 * 号 dropped), so 幸福路12号3单元501 and 幸福路１２号 3单元501室 are one household.
 */
export function householdKey(address: string): string {
  return address
    .normalize('NFKC')
    .toLowerCase()
    .replace(SEPARATORS, '')
    .replace(/号楼|幢/g, '栋')
    .replace(/[室号]$/, '')
}

/** Distinct households among visits that went to a household. */
export function householdsVisited(visits: readonly { form: string; householdKey: string }[]): number {
  const forms: readonly string[] = HOUSEHOLD_FORMS
  return new Set(visits.filter((v) => forms.includes(v.form)).map((v) => v.householdKey)).size
}

export interface Standing extends VisitQuota {
  count: number
  /** fewer households than the minimum so far */
  behind: boolean
}

export function standing(count: number, quota: VisitQuota): Standing {
  return { count, min: quota.min, max: quota.max, behind: count < quota.min }
}

/** Whether the text holds a phone, ID or bank card number, however it is written (domain/redact). */
export { hasPersonalNumber } from '../privacy/redact'
