/**
 * An invite code as the admin read it out: people type it with spaces (read in groups) or
 * in lower case. Codes are upper-case letters and digits, so this changes no real code.
 */
export const normaliseInviteCode = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase()
