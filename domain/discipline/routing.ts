/**
 * Where a 违纪线索 goes: "发现本级或上级党员干部存在违纪问题的，应及时向上级党委报告". Never
 * to the point itself: to the committee contacts (上级党委联系人) at the parent node of the
 * point's village (the township); if none is registered there, to the nearest ancestor
 * that has some (the county). A clue about a staff member who holds a node at or above that
 * receiver goes above the highest such node instead. Pure: the function reads the point's
 * place, the contacts and the concerned staff's nodes first.
 */

export interface ClueRouteInput {
  /** the point's place in the tree, root-first: the village's path and the village */
  readonly pointOrgPath: readonly string[]
  /** the active committee contacts held at each node (openids) */
  readonly contacts: Readonly<Record<string, readonly string[]>>
  /** the nodes held by the staff member the clue concerns ([] for free text) */
  readonly concernedNodes?: readonly string[]
}

export interface ClueRoute {
  readonly node: string
  readonly recipients: readonly string[]
}

/** The nodes that may receive, nearest first: above the village, and above any node the concerned staff holds. */
export function receivingChain(pointOrgPath: readonly string[], concernedNodes: readonly string[] = []): string[] {
  const above = pointOrgPath.slice(0, -1)
  const held = concernedNodes.map((n) => above.indexOf(n)).filter((i) => i >= 0)
  const allowed = held.length > 0 ? above.slice(0, Math.min(...held)) : above
  return [...allowed].reverse()
}

/** The receiving node and its contacts; null when there is none anywhere (the filing is refused). */
export function routeClue(input: ClueRouteInput): ClueRoute | null {
  for (const node of receivingChain(input.pointOrgPath, input.concernedNodes)) {
    const recipients = input.contacts[node] ?? []
    if (recipients.length > 0) return { node, recipients: [...new Set(recipients)] }
  }
  return null
}

/** The levels a committee contact may be invited at: a township or a county, never a village or a point. */
export const COMMITTEE_LEVELS = ['township', 'county'] as const
export const mayHoldCommittee = (level: string) => (COMMITTEE_LEVELS as readonly string[]).includes(level)

export const NO_RECEIVER = '还没有可以接收的上级党委联系人，暂时无法报送。请直接向上级党委或纪委反映。'
