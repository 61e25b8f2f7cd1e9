import { useCallback, useRef, useState } from 'react'
import type { QueuePage, StaffItemSummary } from '../../../../domain/api'
import type { QueueTab } from '../../../../domain/handling'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'

const PAGE_SIZE = 10

interface Queue {
  items: StaffItemSummary[]
  nextCursor: string | null
  counts: QueuePage['counts'] | null
  /** the first page of the current tab and filter has arrived */
  loaded: boolean
  error: ClientError | null
  loadingMore: boolean
  moreError: ClientError | null
}

const initial: Queue = { items: [], nextCursor: null, counts: null, loaded: false, error: null, loadingMore: false, moreError: null }

/** One tab of the workbench (optionally one cadre's matters, for leaders), a page at a time. */
export function useQueue() {
  const [state, setState] = useState<Queue>(initial)
  const generation = useRef(0)
  const current = useRef<{ tab: QueueTab; cadre: string | null }>({ tab: 'pending', cadre: null })

  /**
   * Loads the first page of `tab` for `cadre`. A switch of tab or filter clears the list
   * (showing loading); a refresh of the same keeps it on screen until the answer comes.
   */
  const load = useCallback(async (tab: QueueTab, cadre: string | null) => {
    const ticket = ++generation.current
    const same = current.current.tab === tab && current.current.cadre === cadre
    current.current = { tab, cadre }
    setState((s) => (same ? { ...s, error: null } : { ...initial, counts: s.counts }))
    const reply = await callStaff({ action: 'queue', tab, limit: PAGE_SIZE, ...(cadre ? { cadre } : {}) })
    if (ticket !== generation.current) return
    setState((s) =>
      reply.ok
        ? { ...initial, loaded: true, items: reply.data.items, nextCursor: reply.data.nextCursor, counts: reply.data.counts }
        : { ...s, error: reply.error },
    )
  }, [])

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor
    if (!cursor || state.loadingMore) return
    const ticket = generation.current
    const { tab, cadre } = current.current
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    const reply = await callStaff({ action: 'queue', tab, cursor, limit: PAGE_SIZE, ...(cadre ? { cadre } : {}) })
    if (ticket !== generation.current) return
    setState((s) =>
      reply.ok
        ? {
            ...s,
            loadingMore: false,
            // the cursor is an offset: a matter that moved up meanwhile may come twice
            items: [...s.items, ...reply.data.items.filter((it) => !s.items.some((old) => old.id === it.id))],
            nextCursor: reply.data.nextCursor,
            counts: reply.data.counts,
          }
        : { ...s, loadingMore: false, moreError: reply.error },
    )
  }, [state.nextCursor, state.loadingMore])

  return { ...state, load, loadMore }
}
