import { createHash, randomBytes } from 'node:crypto'

/** A 32-hex id, like the ones CloudBase generates. */
export function newId(): string {
  return randomBytes(16).toString('hex')
}

/** The same inputs always give the same 32-hex id: used to make a request idempotent. */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}
