import { useCallback } from 'react'
import type { HomeVisitView } from '../../../domain/booking/home-visits-api'
import { callResident } from '../../api'
import { usePagedList } from '../../hooks/usePagedList'

const PAGE_SIZE = 20

/** My 上门走访 requests, newest first, a page at a time. */
export function useMyHomeVisits() {
  const list = usePagedList<HomeVisitView, { items: HomeVisitView[]; nextCursor: string | null }>()
  const { load } = list
  const refresh = useCallback(
    () => load((cursor) => callResident({ action: 'homeVisit.listMine', limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })),
    [load],
  )
  return { ...list, refresh }
}
