/**
 * A list's rule written as the query that applies it: MongoDB-shaped plain data, so the
 * table test of a policy runs it over records (with mingo, as the local cloud does) and the
 * functions turn it into `db.command` (cloudfunctions/kernel/access.ts `whereOf`).
 */
export type ScopeValue = string | boolean | { readonly $in: readonly string[] } | readonly Scope[]
export interface Scope {
  readonly [field: string]: ScopeValue
}

export const inList = (values: readonly string[]) => ({ $in: values })
export const anyOf = (...scopes: Scope[]): Scope => ({ $or: scopes })
export const allOf = (...scopes: Scope[]): Scope => ({ $and: scopes })
