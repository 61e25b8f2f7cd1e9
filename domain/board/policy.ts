/**
 * 大家说的事: a point's public entries are approved, refused or taken down by its leaders,
 * and by admins at every point. `boardModerationScope` lists what the same rule allows.
 */
import { managedPointsScope } from '../points/policy'
import { managesPoint, type Caller } from '../points/roles'

export const mayModerateBoard = (c: Caller, pointCode: string) => managesPoint(c, pointCode)

/** The entries the caller reviews, as a query (null: none, so the review is refused). */
export const boardModerationScope = managedPointsScope
