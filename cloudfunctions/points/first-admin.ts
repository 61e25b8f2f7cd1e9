/**
 * The first admin's code is never stored: the deploy sets the `staff` function's variable
 * BOOTSTRAP_ADMIN_CODE_SHA256 to its SHA-256, so neither the console nor a read-back of
 * the function shows a code that works.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { normaliseInviteCode } from '../../domain/points/schemas'

export function firstAdminCodeHash(code: string): string {
  return createHash('sha256').update(normaliseInviteCode(code)).digest('hex')
}

/** Whether `code` (as typed) is the one whose hash was configured. */
export function isFirstAdminCode(code: string, configuredHash: string | undefined): boolean {
  if (!configuredHash || !/^[0-9a-f]{64}$/.test(configuredHash)) return false
  return timingSafeEqual(Buffer.from(firstAdminCodeHash(code), 'hex'), Buffer.from(configuredHash, 'hex'))
}
