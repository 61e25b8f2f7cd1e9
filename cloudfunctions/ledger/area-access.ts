/**
 * 包片's rule applied before an area's data is read (domain/areas/policy.ts): the caller
 * must keep areas at all before the area is read, and a refused area answers as if it did
 * not exist. Reads by anyone but the area's cadre are written to `audit`. Shared by the
 * ledger and the support plans.
 */
import { mayOpenAreas, mayReadArea, readIsAudited } from '../../domain/areas/policy'
import { requireRight } from '../kernel/access'
import { audit } from '../kernel/audit'
import type { DatabasePort } from '../kernel/port'
import type { AreaRecord, HouseholdRecord } from '../kernel/records-areas'
import { reader } from '../kernel/reads'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'

export const asArea = reader<AreaRecord>('areas', { pointCode: 'string', name: 'string', units: 'array', cadre: 'string', active: 'boolean' }).one
const households = reader<HouseholdRecord>('households', {
  pointCode: 'string',
  area: 'string',
  address: 'string',
  householdKey: 'string',
  head: 'string',
  flags: 'array',
  status: 'string',
  changes: 'array',
  createdAt: 'date',
})
export const asHousehold = households.one

/** The area, when the caller keeps it; FORBIDDEN (with `refusal`) otherwise, whether or not it exists. */
export async function readableArea(ctx: StaffContext, staff: StaffRecord, id: string, refusal: string): Promise<AreaRecord> {
  requireRight(mayOpenAreas(staff), refusal)
  const area = asArea((await ctx.db.collection('areas').doc(id).get()).data)
  if (!area || !mayReadArea(staff, area)) throw new AppError('FORBIDDEN', refusal)
  return area
}

/** A read by a leader (anyone but the area's cadre) is written down. */
export async function auditAreaRead(ctx: StaffContext, staff: StaffRecord, area: AreaRecord, action: string, target: string) {
  if (readIsAudited(staff, area)) await audit(ctx.db, { actor: staff.openid, action, target, at: ctx.now })
}

const PAGE = 1000
/** More households than any area holds; past it the ledger fails loudly rather than count part. */
const MAX_PAGES = 5

/** Every household recorded in the area (moved out too: the ledger replays their history). */
export async function householdsOf(db: DatabasePort, area: string): Promise<HouseholdRecord[]> {
  const out: HouseholdRecord[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await db.collection('households').where({ area }).orderBy('_id', 'asc').skip(page * PAGE).limit(PAGE).get()
    out.push(...households.all(data))
    if (data.length < PAGE) return out
  }
  throw new Error(`more than ${PAGE * MAX_PAGES} households in area ${area}`)
}
