import type { Category } from './categories'

export interface RoutingTable {
  /** The cadre who answers when the table names nobody (or nobody available). */
  leadCadre: string
  /** category → cadre openid */
  routing: Partial<Record<Category, string>>
}

/**
 * 谁接访、谁负责: the cadre the point's routing table names for the category, unless that
 * cadre is no longer active, in which case the point's lead cadre answers.
 */
export function pickAssignee(table: RoutingTable, category: Category, isActive: (openid: string) => boolean): string {
  const routed = table.routing[category]
  if (routed && isActive(routed)) return routed
  return table.leadCadre
}
