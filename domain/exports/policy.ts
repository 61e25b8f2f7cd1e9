/**
 * 导出: a leader exports their own points' matters, an admin any point's. Whoever may
 * export may ask for the unmasked file (the leaders see personal data anyway); each
 * export is audited.
 */
import { managedPointsScope } from '../points/policy'
import { holds, isDeploymentAdmin, LEADS, managesPoint, type Caller } from '../points/roles'

export const mayExport = (c: Caller) => holds(c, LEADS)
export const mayExportMatter = (c: Caller, item: { readonly pointCode: string }) => managesPoint(c, item.pointCode)
export const mayExportPoint = (c: Caller, pointCode: string) => managesPoint(c, pointCode)
/** Unmasked (names, phones, addresses) for the same people, over the points exported (null: every point, the deployment admin). */
export const mayExportUnmasked = (c: Caller, points: readonly string[] | null) => (points ? points.every((p) => managesPoint(c, p)) : isDeploymentAdmin(c))

/** The matters an export may hold, as a query (null: none): exports.items reads through it. */
export const exportScope = managedPointsScope
