/** The first admin's code: made at deploy time, shown once, stored only as a hash. */
import { randomInt } from 'node:crypto'
import { firstAdminCodeHash } from '../cloudfunctions/points/first-admin'
import type { FunctionState } from './cloud'
import { FIRST_ADMIN_VAR } from './settings'

// the invite codes' alphabet: no 0/O or 1/I to misread
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** 16 characters (80 bits), shown in groups of four; spaces are ignored when typed. */
export function newFirstAdminCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return chars.replace(/(.{4})(?=.)/g, '$1 ')
}

export interface FirstAdminVar {
  hash: string
  /** set when this deploy made the code: to be shown once */
  newCode?: string
}

/**
 * The variable's value: from a code given in the process environment, else the one the
 * function already holds (a second deploy changes nothing), else a new code.
 */
export function firstAdminVar(state: FunctionState | null, given: string | undefined, renew: boolean): FirstAdminVar {
  if (given) return { hash: firstAdminCodeHash(given) }
  const current = state?.Environment?.Variables?.find((v) => v.Key === FIRST_ADMIN_VAR)?.Value
  if (current && !renew) return { hash: current }
  const newCode = newFirstAdminCode()
  return { hash: firstAdminCodeHash(newCode), newCode }
}
