/**
 * 包片 as read by the actions and the diary: the area and household readers, an area's
 * households, and the views the contract answers. Reading here decides nothing: the rights
 * are the actions' (area-access.ts).
 */
import type { AreaView, HouseholdView } from '../../domain/areas/api'
import { toChinaIso } from '../../domain/kernel/time'
import type { DatabasePort, TransactionPort } from '../kernel/port'
import { asStaffList, reader } from '../kernel/reads'
import type { AreaRecord, HouseholdRecord, StaffRecord } from '../kernel/records'

const areas = reader<AreaRecord>('areas', { pointCode: 'string', name: 'string', units: 'array', cadre: 'string', active: 'boolean', createdAt: 'date' })
// what every household must have: where, who, how many, its flags, and its history
const households = reader<HouseholdRecord>('households', { pointCode: 'string', area: 'string', address: 'string', householdKey: 'string', head: 'string', members: 'number', flags: 'array', status: 'string', changes: 'array', createdAt: 'date' })
export const asArea = areas.one
export const asAreas = areas.all
export const asHousehold = households.one
export const asHouseholds = households.all

export async function getArea(db: DatabasePort | TransactionPort, id: string): Promise<AreaRecord | null> {
  return asArea((await db.collection('areas').doc(id).get()).data)
}

export async function getHousehold(db: DatabasePort | TransactionPort, id: string): Promise<HouseholdRecord | null> {
  return asHousehold((await db.collection('households').doc(id).get()).data)
}

const PAGE = 1000
/** More homes than any 楼栋 / 村组 list holds; past it the read says so rather than hang. */
const MAX_PAGES = 5

/** An area's households, living and moved out, by address. */
export async function householdsOf(db: DatabasePort, area: string): Promise<HouseholdRecord[]> {
  const out: HouseholdRecord[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await db.collection('households').where({ area }).orderBy('householdKey', 'asc').skip(page * PAGE).limit(PAGE).get()
    out.push(...asHouseholds(data))
    if (data.length < PAGE) return out
  }
  throw new Error(`more than ${PAGE * MAX_PAGES} households in area ${area}`)
}

/** The living household of the point at this address (its normalised key), if any. */
export async function householdAt(db: DatabasePort, pointCode: string, householdKey: string): Promise<HouseholdRecord | null> {
  const { data } = await db.collection('households').where({ pointCode, householdKey, status: 'active' }).limit(1).get()
  return asHouseholds(data)[0] ?? null
}

/** How many households live in each area. */
export async function livingCounts(db: DatabasePort, areaIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  await Promise.all(
    areaIds.map(async (id) => {
      const { total } = await db.collection('households').where({ area: id, status: 'active' }).count()
      counts.set(id, total)
    }),
  )
  return counts
}

async function staffNames(db: DatabasePort, openids: readonly string[]): Promise<Map<string, string>> {
  if (openids.length === 0) return new Map()
  const _ = db.command
  const { data } = await db.collection('staff').where({ _id: _.in([...new Set(openids)]) }).limit(openids.length).get()
  return new Map(asStaffList(data).map((s) => [s.openid, s.name]))
}

export async function toAreaViews(db: DatabasePort, caller: StaffRecord, list: readonly AreaRecord[]): Promise<AreaView[]> {
  const [names, counts] = await Promise.all([staffNames(db, list.map((a) => a.cadre)), livingCounts(db, list.map((a) => a._id))])
  return list.map((a) => ({
    id: a._id,
    pointCode: a.pointCode,
    name: a.name,
    units: a.units,
    cadre: { openid: a.cadre, name: names.get(a.cadre) ?? '' },
    households: counts.get(a._id) ?? 0,
    active: a.active,
    mine: a.cadre === caller.openid,
  }))
}

export function toHouseholdView(h: HouseholdRecord): HouseholdView {
  return {
    id: h._id,
    area: h.area,
    pointCode: h.pointCode,
    address: h.address,
    householdKey: h.householdKey,
    head: h.head,
    members: h.members,
    flags: h.flags,
    note: h.note ?? '',
    status: h.status,
    changes: h.changes.map((c) => ({ ...c, at: toChinaIso(c.at) })),
    createdAt: toChinaIso(h.createdAt),
    updatedAt: toChinaIso(h.updatedAt),
  }
}
