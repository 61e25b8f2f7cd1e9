/**
 * Unique indexes, enforced as MongoDB (and so CloudBase) does: a missing field counts as
 * null, so two documents both lacking the indexed field(s) collide, for single and
 * compound indexes alike. Array values (multikey unique indexes) are not supported.
 */
import { notSupported } from './errors'
import { getPath, isPlainObject, splitPath, type StoredDoc, type Value } from './values'

export interface UniqueIndexDeclaration {
  name: string
  keys: Record<string, 1 | -1>
}

export interface Violation {
  index: string
  key: string
}

/** One stored document changing: `before` is what is stored now, `after` what will be. */
export interface DocChange {
  id: string
  before: StoredDoc | null
  after: StoredDoc | null
}

/** A canonical text for a value, equal for values Mongo's index treats as equal. */
function canonical(v: Value | undefined): string {
  if (v === undefined || v === null) return 'null'
  if (v instanceof Date) return `date:${v.getTime()}`
  if (typeof v === 'number') return `num:${v === 0 ? 0 : v}`
  if (typeof v === 'string') return `str:${JSON.stringify(v)}`
  if (typeof v === 'boolean') return `bool:${v}`
  if (Array.isArray(v)) return `arr:[${v.map(canonical).join(',')}]`
  if (isPlainObject(v)) return `obj:{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`
  return `other:${String(v)}`
}

export class UniqueIndex {
  readonly name: string
  private readonly fields: Array<{ path: string; parts: string[] }>
  /** index key → _id of the document holding it */
  private readonly owners = new Map<string, string>()

  constructor(decl: UniqueIndexDeclaration) {
    this.name = decl.name
    this.fields = Object.keys(decl.keys).map((path) => ({ path, parts: splitPath(path, `index ${decl.name}`) }))
  }

  keyOf(doc: StoredDoc): string {
    return this.fields
      .map(({ path, parts }) => {
        const v = getPath(doc, parts)
        if (Array.isArray(v)) notSupported(`an array value in the unique index '${this.name}' (field '${path}')`)
        return canonical(v)
      })
      .join('|')
  }

  /** Describes a key like Mongo's "dup key: { no: ... }" message. */
  describe(doc: StoredDoc): string {
    const parts = this.fields.map(({ path, parts: p }) => {
      const v = getPath(doc, p)
      return `${path}: ${v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null)}`
    })
    return `{ ${parts.join(', ')} }`
  }

  /** The first clash the batch would cause, checked against the stored keys and itself. */
  findViolation(changes: readonly DocChange[]): Violation | null {
    const released = new Set<string>()
    for (const c of changes) if (c.before) released.add(this.keyOf(c.before))
    const claimed = new Map<string, string>()
    for (const c of changes) {
      if (!c.after) continue
      const key = this.keyOf(c.after)
      const storedOwner = released.has(key) ? undefined : this.owners.get(key)
      const owner = claimed.get(key) ?? (storedOwner !== undefined && storedOwner !== c.id ? storedOwner : undefined)
      if (owner !== undefined && owner !== c.id) {
        return { index: this.name, key: `dup key: ${this.describe(c.after)}` }
      }
      claimed.set(key, c.id)
    }
    return null
  }

  apply(changes: readonly DocChange[]) {
    for (const c of changes) {
      if (!c.before) continue
      const key = this.keyOf(c.before)
      if (this.owners.get(key) === c.id) this.owners.delete(key)
    }
    for (const c of changes) if (c.after) this.owners.set(this.keyOf(c.after), c.id)
  }
}
