import { useCallback } from 'react'
import type { MyItemSummary } from '../../../domain/matters/api'
import { callResident } from '../../api'
import { usePagedList } from '../../hooks/usePagedList'

const PAGE_SIZE = 10

/** The resident's own matters, newest first, a page at a time. */
export function useMyItems() {
  const list = usePagedList<MyItemSummary, { items: MyItemSummary[]; nextCursor: string | null }>()
  const { load } = list
  /** Loads the first page again; what is on screen stays until the answer arrives. */
  const refresh = useCallback(
    () => load((cursor) => callResident({ action: 'item.listMine', limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })),
    [load],
  )
  return { ...list, refresh }
}
