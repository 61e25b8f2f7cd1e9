/**
 * 数字 (figures, 走访 figures): leaders see their own points', admins every point's.
 * `figuresScope` is the same rule as a query over a point's records.
 */
import { managedPointsScope } from '../points/policy'
import { holds, LEADS, managesPoint, type Caller } from '../points/roles'

export const mayReadFigures = (c: Caller) => holds(c, LEADS)
export const mayReadFiguresOf = (c: Caller, record: { readonly pointCode: string }) => managesPoint(c, record.pointCode)

/** `mayReadFiguresOf` as a query over a point's records (null: none): figures.get and figures.items read through it. */
export const figuresScope = managedPointsScope
