/**
 * Documents as they enter the functions. The database hands back untyped documents; each
 * collection has one reader that checks the fields its record cannot do without and
 * answers the record's type, so a malformed document fails loudly where it enters (an
 * Error: the caller gets INTERNAL and the log names the collection, the id and the field,
 * never the content) instead of as undefined behaviour further on. A field check is a
 * few `typeof`s: cheap enough for a thousand documents, and no schema library in the
 * functions' bundles.
 */
import type { DocumentData } from './port'
import type { BookingRecord, CounterRecord, HomeVisitRecord, ItemRecord, OrgRecord, PointRecord, RateLimitRecord, ScheduleRecord, StaffRecord } from './records'

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'array' | 'object'

/** The kind of a field's type; a union of one kind (e.g. a status) is that kind. */
type KindOf<V> = V extends string
  ? 'string'
  : V extends number
    ? 'number'
    : V extends boolean
      ? 'boolean'
      : V extends Date
        ? 'date'
        : V extends readonly unknown[]
          ? 'array'
          : V extends object
            ? 'object'
            : never

/** `kind?`: the field may be absent or null, as the record's type says. */
type SpecOf<V> = undefined extends V ? `${KindOf<NonNullable<V>>}?` : null extends V ? `${KindOf<NonNullable<V>>}?` : KindOf<V>

/** The fields a reader checks, each with the kind the record's type gives it (checked at compile time). */
export type Shape<T> = { [K in keyof T & string]?: SpecOf<T[K]> }

/** A document that does not have the shape its collection's record needs. */
export class MalformedDocument extends Error {
  constructor(collection: string, id: unknown, problem: string) {
    super(`malformed ${collection} document ${typeof id === 'string' ? id : '(no _id)'}: ${problem}`)
    this.name = 'MalformedDocument'
  }
}

function isKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'date':
      return value instanceof Date && !Number.isNaN(value.getTime())
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
    default:
      return typeof value === kind
  }
}

function problemOf(doc: DocumentData, shape: Record<string, string | undefined>, only?: readonly string[]): string | null {
  for (const [field, spec] of Object.entries(shape)) {
    if (!spec || (only && !only.includes(field))) continue
    const value = doc[field]
    const optional = spec.endsWith('?')
    if (optional && (value === undefined || value === null)) continue
    const kind = (optional ? spec.slice(0, -1) : spec) as Kind
    if (!isKind(value, kind)) return value === undefined ? `${field} is missing` : `${field} is not a${kind === 'array' || kind === 'object' ? 'n' : ''} ${kind}`
  }
  return null
}

export interface Reader<T> {
  /** One document as read by id: null when there is none. */
  one(doc: DocumentData | null | undefined): T | null
  /** A document known to exist (read earlier in the same transaction). */
  found(doc: DocumentData | null | undefined): T
  /** The documents of a query. */
  all(docs: readonly DocumentData[]): T[]
  /** The documents of a query that asked for some fields only (`.field(...)`): those are checked. */
  some<K extends keyof T & string>(docs: readonly DocumentData[], fields: readonly K[]): Pick<T, K | ('_id' & keyof T)>[]
}

/** The reader of `collection`, checking `shape` (every document has a string `_id`). */
export function reader<T extends { _id: string }>(collection: string, shape: Shape<T>): Reader<T> {
  const fields = { _id: 'string', ...shape } as Record<string, string | undefined>
  const check = (doc: DocumentData, only?: readonly string[]) => {
    if (typeof doc !== 'object' || doc === null) throw new MalformedDocument(collection, undefined, 'not a document')
    const problem = problemOf(doc, fields, only && ['_id', ...only])
    if (problem) throw new MalformedDocument(collection, doc._id, problem)
    return doc
  }
  return {
    one: (doc) => (doc === null || doc === undefined ? null : (check(doc) as T)),
    found: (doc) => {
      if (doc === null || doc === undefined) throw new MalformedDocument(collection, undefined, 'expected but not found')
      return check(doc) as T
    },
    all: (docs) => docs.map((d) => check(d) as T),
    some: <K extends keyof T & string>(docs: readonly DocumentData[], only: readonly K[]) => docs.map((d) => check(d, only) as Pick<T, K | ('_id' & keyof T)>),
  }
}

const items = reader<ItemRecord>('items', { no: 'string', month: 'string', seq: 'number', ownerOpenid: 'string', pointCode: 'string', category: 'string', content: 'string', contact: 'object', status: 'string', assignee: 'object', dueAt: 'date?', timeline: 'array', createdAt: 'date', repliedAt: 'date?', ratings: 'array?', extensions: 'array?' })
export const asItem = items.one
export const asItems = items.all
export const asItemFields = items.some

const points = reader<PointRecord>('points', { code: 'string', name: 'string', kind: 'string', leadCadre: 'string', routing: 'object', active: 'boolean' })
export const asPoint = points.one
export const asPoints = points.all
export const asPointFields = points.some

const orgs = reader<OrgRecord>('orgs', { code: 'string', name: 'string', level: 'string', parent: 'string?', path: 'array', active: 'boolean' })
export const asOrg = orgs.one
export const asOrgs = orgs.all

/** A record stored before the tree has no `nodes`. */
type StoredStaff = Omit<StaffRecord, 'nodes'> & { nodes?: string[] }
const staff = reader<StoredStaff>('staff', { openid: 'string', name: 'string', roles: 'array', points: 'array', nodes: 'array?', active: 'boolean', away: 'array?' })
const withNodes = (s: StoredStaff): StaffRecord => ({ ...s, nodes: s.nodes ?? [] })
export const asStaff = (doc: DocumentData | null | undefined): StaffRecord | null => {
  const s = staff.one(doc)
  return s && withNodes(s)
}
export const asStaffList = (docs: readonly DocumentData[]) => staff.all(docs).map(withNodes)

const bookings = reader<BookingRecord>('bookings', { ownerOpenid: 'string', pointCode: 'string', pointName: 'string', startAt: 'date', endAt: 'date', contact: 'object', status: 'string', createdAt: 'date' })
export const asBooking = bookings.one
export const asBookings = bookings.all

const homeVisits = reader<HomeVisitRecord>('homeVisits', { ownerOpenid: 'string', pointCode: 'string', preferred: 'object', contact: 'object', status: 'string', createdAt: 'date' })
export const asHomeVisit = homeVisits.one
export const asHomeVisits = homeVisits.all

const schedules = reader<ScheduleRecord>('schedules', { pointCode: 'string', rules: 'array', exceptions: 'array', version: 'number?' })
export const asSchedule = schedules.one
export const asSchedules = schedules.all

export const asCounter = reader<CounterRecord>('counters', { ids: 'array' }).one
export const asRateLimit = reader<RateLimitRecord>('ratelimits', { stamps: 'array' }).one
