import { useCallback, useRef, useState } from 'react'
import type { ItemSummary } from '../../../domain/api'
import { callResident, type ClientError } from '../../api'

const PAGE_SIZE = 10

interface MyItems {
  items: ItemSummary[]
  nextCursor: string | null
  /** Whether the first page has arrived at least once. */
  loaded: boolean
  error: ClientError | null
  loadingMore: boolean
  moreError: ClientError | null
}

const initial: MyItems = { items: [], nextCursor: null, loaded: false, error: null, loadingMore: false, moreError: null }

/** The resident's own matters, newest first, a page at a time. */
export function useMyItems() {
  const [state, setState] = useState<MyItems>(initial)
  const generation = useRef(0)

  /** Loads the first page again; what is on screen stays until the answer arrives. */
  const refresh = useCallback(async () => {
    const mine = ++generation.current
    setState((s) => ({ ...s, error: null }))
    const reply = await callResident({ action: 'item.listMine', limit: PAGE_SIZE })
    if (mine !== generation.current) return
    setState((s) =>
      reply.ok
        ? { ...initial, loaded: true, items: reply.data.items, nextCursor: reply.data.nextCursor }
        : { ...s, error: reply.error },
    )
  }, [])

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor
    if (!cursor || state.loadingMore) return
    const mine = generation.current
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    const reply = await callResident({ action: 'item.listMine', cursor, limit: PAGE_SIZE })
    if (mine !== generation.current) return
    setState((s) =>
      reply.ok
        ? {
            ...s,
            loadingMore: false,
            items: [...s.items, ...reply.data.items.filter((it) => !s.items.some((old) => old.id === it.id))],
            nextCursor: reply.data.nextCursor,
          }
        : { ...s, loadingMore: false, moreError: reply.error },
    )
  }, [state.nextCursor, state.loadingMore])

  return { ...state, refresh, loadMore }
}
