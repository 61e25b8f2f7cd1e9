/**
 * 违纪线索: who files one and who reads it. It never enters the point: no right of a
 * point's cadres, leaders, admins (of any node), departments or the deployment's admin
 * reaches it. Only active 上级党委联系人 (COMMITTEE) holding the node it was routed to read
 * it and take its steps (not those above that node: the receiving level handles it).
 */
import { inList, type Scope } from '../kernel/scope'
import { COMMITTEE, HANDLERS, holds, type Caller } from '../points/roles'

/** A clue as the rules need it: the node it went to. */
export interface ClueRef {
  readonly _id: string
  readonly node: string
}

/** A cadre or leader files one from the staff side (on a matter, or from 我的); residents file from their own. */
export const mayFileAsStaff = (c: Caller) => holds(c, HANDLERS)

/** Has any clue list at all: an active committee contact holding a node. */
export const mayReceiveClues = (c: Caller) => holds(c, COMMITTEE) && c.nodes.length > 0

/** Reads the clue and takes its steps: a committee contact at the node it was routed to. */
export const mayReadClue = (c: Caller, clue: ClueRef) => mayReceiveClues(c) && c.nodes.includes(clue.node)

/** The receivers' list: the same rule as a query. */
export const clueListScope = (c: Caller): Scope | null => (mayReceiveClues(c) ? { node: inList(c.nodes) } : null)
