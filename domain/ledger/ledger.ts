/**
 * 月台账: one area's month, made from the records (never typed twice). Pure: the function
 * reads the area's households, the point's diary visits of the year up to the month and
 * the point's matters of the month, and this turns them into the ledger's figures.
 *
 * - known: households living in the area at the month's end (replaying moves in and out);
 * - visited: known households with a 入户 diary visit (HOUSEHOLD_FORMS) at the point, by the
 *   household's key (or its id, when the entry names one), this month and this year so far;
 * - flags at the month's end, and what changed in the month (moved in / out, flags set or
 *   cleared, 新增困难 = hardship set);
 * - matters raised from the area: those registered at the point in the month (`matters`)
 *   from a diary visit to one of its households, or with a contact address that is one of
 *   its households (the same key, or the key written after a community or road name).
 * Below HOUSEHOLD_AGGREGATE_MIN known households no household figure is given at all.
 */
import { HOUSEHOLD_AGGREGATE_MIN, HOUSEHOLD_FLAG_LABELS, HOUSEHOLD_FLAGS, type HouseholdChange, type HouseholdFlag, type HouseholdStatus } from '../areas/households'
import { HOUSEHOLD_FORMS, householdKey } from '../diary/visits'
import { chinaDayEnd, chinaDayStart, chinaWallAt } from '../kernel/time'

/** The 走访率 every area aims at: each household visited (the seed's 100 %). */
export const VISIT_GOAL_PERCENT = 100

export interface LedgerHousehold {
  _id: string
  householdKey: string
  flags: readonly HouseholdFlag[]
  status: HouseholdStatus
  changes: readonly HouseholdChange[]
  createdAt: Date
}

export interface LedgerVisit {
  form: string
  month: string
  householdKey: string
  householdId?: string
  itemIds: readonly string[]
}

export interface LedgerMatter {
  _id: string
  no: string
  category: string
  status: string
  contactAddress: string
}

export interface FlagLine {
  flag: HouseholdFlag
  label: string
  count: number
  on: number
  off: number
}

export interface LedgerFigures {
  known: number
  visitedMonth: number
  visitedYear: number
  /** whole percentages, rounded down so 99.6 % never shows as 100 % */
  rateMonth: number
  rateYear: number
  goal: number
  flags: FlagLine[]
  movedIn: number
  movedOut: number
  newlyHardship: number
}

export interface LedgerComputed {
  /** null: fewer than HOUSEHOLD_AGGREGATE_MIN households known, nothing shown */
  figures: LedgerFigures | null
  matters: { id: string; no: string; category: string; status: string }[]
}

/** The instants a China month spans: [start, end). */
export function monthSpan(month: string): { start: Date; end: Date } {
  const first = chinaWallAt(`${month}-01`)
  return { start: chinaDayStart(first.format('YYYY-MM-DD')), end: chinaDayEnd(first.endOf('month').format('YYYY-MM-DD')) }
}

/** The months of the year up to and with `month`: 2026-03 → 2026-01, 2026-02, 2026-03. */
export function yearToDate(month: string): string[] {
  const [year, m] = [month.slice(0, 4), Number(month.slice(5, 7))]
  return Array.from({ length: m }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

const isMove = (c: HouseholdChange): c is Extract<HouseholdChange, { kind: 'movedIn' | 'movedOut' }> => c.kind === 'movedIn' || c.kind === 'movedOut'

/** Lived in the area at `at`: the last move before it decides; with none, it was there since it was recorded (unless it left without a recorded move). */
export function livesThereAt(h: LedgerHousehold, at: Date): boolean {
  const moves = h.changes.filter(isMove)
  const before = moves.filter((c) => c.at < at)
  if (before.length > 0) return before[before.length - 1].kind === 'movedIn'
  return h.createdAt < at && (h.status === 'active' || moves.length > 0)
}

/** The flags it had at `at`: today's flags with every later change undone. */
export function flagsAt(h: LedgerHousehold, at: Date): Set<HouseholdFlag> {
  const flags = new Set(h.flags)
  for (const c of [...h.changes].reverse()) {
    if (c.at < at) break
    if (c.kind === 'flagOn') flags.delete(c.flag)
    if (c.kind === 'flagOff') flags.add(c.flag)
  }
  return flags
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole))

/** Households of `known` that a 入户 visit among `visits` reached. */
function reached(known: readonly LedgerHousehold[], visits: readonly LedgerVisit[]): number {
  const forms: readonly string[] = HOUSEHOLD_FORMS
  const into = visits.filter((v) => forms.includes(v.form))
  const keys = new Set(into.map((v) => v.householdKey))
  const ids = new Set(into.flatMap((v) => (v.householdId ? [v.householdId] : [])))
  return known.filter((h) => ids.has(h._id) || keys.has(h.householdKey)).length
}

/** A matter's contact address is this household's: the same key, or the key after a community or road name (not after a digit: 12栋 is not 2栋). */
export function addressIsHousehold(address: string, key: string): boolean {
  const k = householdKey(address)
  if (k === key) return true
  return key.length > 0 && k.endsWith(key) && !/\d$/.test(k.slice(0, k.length - key.length))
}

export function computeLedger(month: string, households: readonly LedgerHousehold[], visits: readonly LedgerVisit[], matters: readonly LedgerMatter[]): LedgerComputed {
  const { start, end } = monthSpan(month)
  const known = households.filter((h) => livesThereAt(h, end))
  const areaKeys = new Set(households.map((h) => h.householdKey))
  const areaIds = new Set(households.map((h) => h._id))
  const ofArea = (v: LedgerVisit) => (v.householdId ? areaIds.has(v.householdId) : false) || areaKeys.has(v.householdKey)
  const thisMonth = visits.filter((v) => v.month === month)
  const fromVisits = new Set(visits.filter(ofArea).flatMap((v) => v.itemIds))
  const raised = matters.filter((m) => fromVisits.has(m._id) || [...areaKeys].some((k) => addressIsHousehold(m.contactAddress, k)))
  const out: LedgerComputed = { figures: null, matters: raised.map((m) => ({ id: m._id, no: m.no, category: m.category, status: m.status })).sort((a, b) => a.no.localeCompare(b.no)) }
  if (known.length < HOUSEHOLD_AGGREGATE_MIN) return out

  const inMonth = (c: HouseholdChange) => c.at >= start && c.at < end
  const changes = households.flatMap((h) => h.changes.filter(inMonth))
  const visitedMonth = reached(known, thisMonth)
  const visitedYear = reached(known, visits.filter((v) => v.month.slice(0, 4) === month.slice(0, 4) && v.month <= month))
  const flagCount = (f: HouseholdFlag) => known.filter((h) => flagsAt(h, end).has(f)).length
  const flagged = (kind: 'flagOn' | 'flagOff', f: HouseholdFlag) => changes.filter((c) => c.kind === kind && c.flag === f).length
  out.figures = {
    known: known.length,
    visitedMonth,
    visitedYear,
    rateMonth: percent(visitedMonth, known.length),
    rateYear: percent(visitedYear, known.length),
    goal: VISIT_GOAL_PERCENT,
    flags: HOUSEHOLD_FLAGS.map((flag) => ({ flag, label: HOUSEHOLD_FLAG_LABELS[flag], count: flagCount(flag), on: flagged('flagOn', flag), off: flagged('flagOff', flag) })),
    movedIn: changes.filter((c) => c.kind === 'movedIn').length,
    movedOut: changes.filter((c) => c.kind === 'movedOut').length,
    newlyHardship: flagged('flagOn', 'hardship'),
  }
  return out
}
