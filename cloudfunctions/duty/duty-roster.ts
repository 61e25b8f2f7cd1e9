/**
 * The duty roster as stored (one document per opening in `duties`, id = the opening id)
 * and read in batches: one query for the openings of a range, one for the people on
 * them. Whether anyone covers an opening is worked out here at read time from the staff
 * records (domain/duty/roster.ts), so deactivating a cadre or marking them away needs no rewrite.
 */
import type { PostedDuty, SwapView } from '../../domain/duty/api'
import { coveringOnDuty, postedDuty, type DutyPoint } from '../../domain/duty/roster'
import { toChinaIso } from '../../domain/kernel/time'
import type { DatabasePort, DocumentData } from '../kernel/port'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { asStaffList, reader } from '../kernel/reads'

export interface DutyRecord {
  _id: string
  pointCode: string
  /** the opening's China date and start, and its instant (to find history in order) */
  date: string
  start: string
  startAt: Date
  openids: string[]
  updatedBy: string
  updatedAt: Date
}

/** A swap request between two cadres (duty.swapRequest / swapAnswer / swapWithdraw). */
export interface SwapRecord {
  _id: string
  pointCode: string
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'stale'
  openingId: string
  openingDate: string
  openingStart: string
  from: string
  to: string
  theirOpeningId: string | null
  theirDate: string | null
  theirStart: string | null
  /** the roster of both openings when asked: accepted only while it is still so */
  mine: string[]
  theirs: string[] | null
  createdAt: Date
  answeredAt: Date | null
}

const CHUNK = 100

async function byIds<T>(db: DatabasePort, collection: string, ids: readonly string[], read: (docs: readonly DocumentData[]) => T[]): Promise<T[]> {
  const unique = [...new Set(ids)]
  const out: T[] = []
  for (let i = 0; i < unique.length; i += CHUNK) {
    const { data } = await db.collection(collection).where({ _id: db.command.in(unique.slice(i, i + CHUNK)) }).limit(CHUNK).get()
    out.push(...read(data))
  }
  return out
}

export async function loadDuties(db: DatabasePort, openingIds: readonly string[]): Promise<Map<string, DutyRecord>> {
  return new Map((await byIds(db, 'duties', openingIds, asDuties)).map((d) => [d._id, d]))
}

/** Staff records by openid (their document id). */
/** A swap request as both cadres and the roster page see it. */
export function swapView(s: SwapRecord, people: ReadonlyMap<string, StaffRecord>): SwapView {
  const who = (openid: string) => ({ openid, name: people.get(openid)?.name ?? '（已删除）' })
  return {
    id: s._id,
    status: s.status,
    opening: { id: s.openingId, date: s.openingDate, start: s.openingStart },
    from: who(s.from),
    to: who(s.to),
    their: s.theirOpeningId ? { id: s.theirOpeningId, date: s.theirDate ?? '', start: s.theirStart ?? '' } : null,
    createdAt: toChinaIso(s.createdAt),
  }
}

export async function loadPeople(db: DatabasePort, openids: readonly string[]): Promise<Map<string, StaffRecord>> {
  return new Map((await byIds(db, 'staff', openids, asStaffList)).map((s) => [s.openid, s]))
}

export const dutyPointOf = (p: PointRecord): DutyPoint => ({ code: p.code, leadCadre: p.leadCadre, routing: p.routing })

/**
 * The posted roster (接访公示) of some openings: for each, the name and duty of those on
 * duty who actually cover it — nobody when all are away or gone. Full names, as a public
 * roster posts them; never a phone number.
 */
export async function postedRoster(
  db: DatabasePort,
  openings: readonly { id: string; date: string; pointCode: string }[],
  points: ReadonlyMap<string, DutyPoint>,
): Promise<Map<string, PostedDuty[]>> {
  const duties = await loadDuties(db, openings.map((o) => o.id))
  const people = await loadPeople(db, [...duties.values()].flatMap((d) => d.openids))
  const out = new Map<string, PostedDuty[]>()
  for (const o of openings) {
    const point = points.get(o.pointCode)
    const duty = duties.get(o.id)
    if (!point || !duty) {
      out.set(o.id, [])
      continue
    }
    const present = coveringOnDuty(duty.openids, people, o.pointCode, o.date)
    out.set(o.id, present.map((id) => postedDuty(people.get(id)!, point)))
  }
  return out
}

const duties = reader<DutyRecord>('duties', { pointCode: 'string', date: 'string', start: 'string', startAt: 'date', openids: 'array' })
export const asDuty = duties.one
export const asDuties = duties.all

const swaps = reader<SwapRecord>('swaps', { pointCode: 'string', status: 'string', openingId: 'string', from: 'string', to: 'string', mine: 'array', theirs: 'array?', createdAt: 'date' })
export const asSwap = swaps.one
export const asSwaps = swaps.all
