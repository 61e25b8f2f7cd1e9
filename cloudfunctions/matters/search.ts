/** 搜索: a cadre finds matters of their points, a leader all of theirs, by number, phone, name or category. */
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import type { SearchPage } from '../../domain/matters/api'
import { classifySearch, PERSONAL_SEARCHES, SEARCH_HINT, type SearchKind } from '../../domain/matters/search'
import { audit } from '../kernel/audit'
import { toStaffSummary } from './item-view'
import { readPage } from '../kernel/paging'
import type { QueryCondition } from '../kernel/port'
import { AppError } from '../kernel/respond'
import { requireScope, whereOf } from '../kernel/access'
import { matterSearchScope } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'

const DEFAULT_PAGE = 10

function condition(s: SearchKind): QueryCondition {
  switch (s.kind) {
    case 'number':
      // the seed's part alone matches that month's sequence at every point in the caller's scope
      return 'no' in s ? { no: s.no } : { month: s.month, seq: s.seq }
    case 'phone':
      return { 'contact.phone': s.phone }
    case 'phoneTail':
      return { 'contact.phone': new RegExp(`${s.tail}$`) }
    case 'category':
      return { category: s.category }
    case 'name':
      return { 'contact.name': s.name }
  }
}

export async function search(input: MatterStaffEvent<'items.search'>, ctx: StaffContext): Promise<SearchPage> {
  const caller = await ctx.caller()
  const searchable = requireScope(matterSearchScope(caller), '搜索仅供干部和领导使用')
  const kind = classifySearch(input.q)
  if (!kind) throw new AppError('INVALID_INPUT', SEARCH_HINT)
  const { db, now } = ctx
  if (PERSONAL_SEARCHES.has(kind.kind)) {
    await audit(db, { actor: caller.openid, action: `items.search:${kind.kind}`, target: caller.points.join(','), at: now })
  }
  const query = db
    .collection('items')
    .where(db.command.and([whereOf(db, searchable), condition(kind)]))
    .orderBy('createdAt', 'desc')
    .orderBy('seq', 'desc')
  const page = await readPage(query, input, DEFAULT_PAGE, asItems)
  return { items: page.rows.map((i) => toStaffSummary(i, now)), nextCursor: page.nextCursor }
}
