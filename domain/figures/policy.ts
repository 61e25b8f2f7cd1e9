/**
 * 数字 (figures, 走访 figures): leaders see their own points', admins every point's.
 * `figuresScope` is the same rule as a query over a point's records.
 */
import { managedPointsScope } from '../points/policy'
import { holds, LEADS, managedPoints, managesPoint, type Caller } from '../points/roles'

export const mayReadFigures = (c: Caller) => holds(c, LEADS)
export const mayReadFiguresOf = (c: Caller, record: { readonly pointCode: string }) => managesPoint(c, record.pointCode)

/** The points whose figures the caller reads: null = every point. */
export const figurePoints = (c: Caller) => managedPoints(c)

/** `mayReadFiguresOf` as a query over a point's records (null: none). */
export const figuresScope = managedPointsScope
