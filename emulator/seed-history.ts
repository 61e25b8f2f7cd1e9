/**
 * A year of history for the demo county (`npm start`): a few thousand matters in every
 * state over the points under the county (emulator/seed-history-matters.ts makes them up,
 * the same ones every time), so every page and every roll-up of 数字 has real numbers.
 * Numbers are the months' own (domain/matters/numbering.ts), after what each month's counter
 * has handed out, and the counters are moved past them. Written in bulk, many documents at
 * once; the local cloud commits them together.
 */
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import { asCounter, asStaffList } from '../cloudfunctions/kernel/reads'
import { monthKey, numberCounterId } from '../domain/matters/numbering'
import { historyMatters, type HistoryPoint } from './seed-history-matters'
import { DEMO_ORG } from './seed-org'

export const HISTORY_MATTERS = 3000
const DAY = 86_400_000
/** Documents written at once. */
const BATCH = 500

/** The county's points, each with its lead cadre; the last one opened two months ago (a handful of matters: 样本不足). */
async function historyPoints(db: DatabasePort, now: Date): Promise<HistoryPoint[]> {
  const { data } = await db.collection('points').where({ orgPath: DEMO_ORG.county, active: true }).orderBy('code', 'asc').limit(1000).get()
  const points = data as { code: string; name: string; leadCadre: string }[]
  if (points.length === 0) return []
  const _ = db.command
  const { data: staff } = await db
    .collection('staff')
    .where({ openid: _.in([...new Set(points.map((p) => p.leadCadre))]) })
    .limit(1000)
    .get()
  const names = new Map(asStaffList(staff).map((s) => [s.openid, s.name]))
  return points.map((p, i) => ({
    code: p.code,
    name: p.name,
    cadre: { openid: p.leadCadre, name: names.get(p.leadCadre) ?? '村干部' },
    weight: i === points.length - 1 ? 0.015 : 1 + (i % 3) * 0.5,
    since: i === points.length - 1 ? new Date(now.getTime() - 60 * DAY) : undefined,
  }))
}

/** The 13 months the year touches, by key. */
function monthsOfYear(now: Date): string[] {
  return Array.from({ length: 14 }, (_, i) => monthKey(new Date(now.getTime() - i * 28 * DAY))).filter((m, i, all) => all.indexOf(m) === i)
}

/** Writes the year once (0 when it is there already); returns how many matters it wrote. */
export async function seedHistory(db: DatabasePort, now: Date, count = HISTORY_MATTERS): Promise<number> {
  if ((await db.collection('items').doc('demo-history-1').get()).data) return 0
  const points = await historyPoints(db, now)
  if (points.length === 0) return 0
  // each point's month counter lists the ids it numbered (matters/numbering.ts): the year's go after what is there
  const counterId = (point: string, month: string) => numberCounterId(point, month)
  const pairs = points.flatMap((p) => monthsOfYear(now).map((m) => [p.code, m] as const))
  const before = new Map(
    await Promise.all(pairs.map(async ([p, m]) => [counterId(p, m), asCounter((await db.collection('counters').doc(counterId(p, m)).get()).data)?.ids ?? []] as const)),
  )
  const matters = historyMatters(points, now, count, (p, m) => before.get(counterId(p, m))?.length ?? 0)
  for (let i = 0; i < matters.length; i += BATCH) {
    await Promise.all(matters.slice(i, i + BATCH).map(({ _id, ...fields }) => db.collection('items').doc(_id).set({ data: fields })))
  }
  const ids = new Map<string, string[]>()
  for (const m of matters) {
    const key = counterId(m.pointCode, m.month)
    ids.set(key, [...(ids.get(key) ?? before.get(key) ?? []), m._id])
  }
  await Promise.all([...ids].map(([id, list]) => db.collection('counters').doc(id).set({ data: { ids: list } })))
  return matters.length
}
