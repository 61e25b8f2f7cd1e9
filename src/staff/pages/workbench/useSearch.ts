import { useCallback, useState } from 'react'
import type { SearchPage, StaffItemSummary } from '../../../../domain/matters/api'
import { classifySearch, SEARCH_HINT } from '../../../../domain/matters/search'
import { callStaff } from '../../../api/staff'
import { usePagedList } from '../../../hooks/usePagedList'

const PAGE_SIZE = 10

/**
 * 搜索: matters by registration number, phone (or its last 4 digits), name or category,
 * a page at a time. What cannot be any of those is answered with the hint at once,
 * without asking the server; the server's own refusal shows the same hint.
 */
export function useSearch() {
  const list = usePagedList<StaffItemSummary, SearchPage>()
  const [query, setQuery] = useState<string | null>(null)
  const [hint, setHint] = useState<string | null>(null)
  const { load: loadList } = list

  const search = useCallback(
    (raw: string) => {
      const q = raw.trim()
      setQuery(q)
      if (!classifySearch(q)) {
        setHint(SEARCH_HINT)
        return Promise.resolve()
      }
      setHint(null)
      return loadList((cursor) => callStaff({ action: 'items.search', q, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }), { clear: true })
    },
    [loadList],
  )

  const clear = useCallback(() => {
    setQuery(null)
    setHint(null)
  }, [])

  const refused = list.error?.code === 'INVALID_INPUT'
  return { ...list, query, hint: hint ?? (refused ? SEARCH_HINT : null), search, clear }
}

export type SearchModel = ReturnType<typeof useSearch>
