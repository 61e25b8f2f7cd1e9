/**
 * 评事日报告 and 半年小结: a point's report is read by its leaders and residents'
 * representatives (and the point's admins); the representatives rate its quarter; its leaders
 * write the half-year summary.
 */
import { administersPoint, holds, holdsAt, LEADERS, leadsPoint, REPRESENTATIVES, type Caller } from '../points/roles'
import { mayReadNodeFigures, type NodeRef } from '../figures/policy'

const REPORT_READERS = [...LEADERS, ...REPRESENTATIVES]

export const mayReadReport = (c: Caller, pointCode: string) => administersPoint(c, pointCode) || holdsAt(c, REPORT_READERS, pointCode)
/** A node's quarter (county, township, village): whoever reads the node's 数字. */
export const mayReadNodeReport = (c: Caller, node: NodeRef) => mayReadNodeFigures(c, node)
export const mayRateQuarter = (c: Caller, pointCode: string) => holdsAt(c, REPRESENTATIVES, pointCode)

/** Before the summary is read: a leader at all; once read, a leader of its point. */
export const mayWriteSummaries = (c: Caller) => holds(c, LEADERS)
export const mayWriteSummary = (c: Caller, pointCode: string) => leadsPoint(c, pointCode)
