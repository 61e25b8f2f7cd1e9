import { useCallback, useRef } from 'react'
import type { QueuePage, StaffItemSummary } from '../../../../domain/matters/api'
import type { QueueTab } from '../../../../domain/matters/handling'
import { callStaff } from '../../../api/staff'
import { usePagedList } from '../../../hooks/usePagedList'

const PAGE_SIZE = 10

/** One tab of the workbench (optionally one cadre's matters, for leaders), a page at a time. */
export function useQueue() {
  const list = usePagedList<StaffItemSummary, QueuePage>()
  const current = useRef<{ tab: QueueTab; cadre: string | null }>({ tab: 'pending', cadre: null })
  const { load: loadList } = list

  /**
   * Loads the first page of `tab` for `cadre`. A switch of tab or filter clears the list
   * (showing loading); a refresh of the same keeps it on screen until the answer comes.
   * The cursor is an offset, so a matter that moved up meanwhile may come twice: the
   * list shows it once.
   */
  const load = useCallback(
    (tab: QueueTab, cadre: string | null) => {
      const same = current.current.tab === tab && current.current.cadre === cadre
      current.current = { tab, cadre }
      return loadList(
        (cursor) => callStaff({ action: 'queue', tab, limit: PAGE_SIZE, ...(cadre ? { cadre } : {}), ...(cursor ? { cursor } : {}) }),
        { clear: !same },
      )
    },
    [loadList],
  )

  return { ...list, counts: list.lastPage?.counts ?? null, load }
}
