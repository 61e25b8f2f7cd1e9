import { useCallback, useRef, useState } from 'react'
import type { ClientError, ClientResult } from '../api/result'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export type FetchPage<P> = (cursor?: string) => Promise<ClientResult<P>>

export interface PagedList<T, P> {
  items: T[]
  nextCursor: string | null
  /** the latest page as it came, for what else it carries (a workbench's counts) */
  lastPage: P | null
  /** the first page of the current list has arrived */
  loaded: boolean
  error: ClientError | null
  loadingMore: boolean
  moreError: ClientError | null
}

/**
 * A list read a page at a time. `load` starts it over (keeping what is on screen until
 * the answer comes, unless `clear`); `loadMore` appends the next page. Answers that
 * arrive after a newer `load` are dropped, and an item that comes twice is shown once.
 */
const EMPTY = { items: [], nextCursor: null, lastPage: null, loaded: false, error: null, loadingMore: false, moreError: null }

export function usePagedList<T extends { id: string }, P extends Page<T>>() {
  const [state, setState] = useState<PagedList<T, P>>(EMPTY)
  const generation = useRef(0)
  const fetcher = useRef<FetchPage<P> | null>(null)

  const load = useCallback(async (fetchPage: FetchPage<P>, { clear = false } = {}) => {
    const ticket = ++generation.current
    fetcher.current = fetchPage
    setState((s) => (clear ? { ...EMPTY, lastPage: s.lastPage } : { ...s, error: null }))
    const reply = await fetchPage()
    if (ticket !== generation.current) return
    setState((s) =>
      reply.ok
        ? { ...EMPTY, loaded: true, items: reply.data.items, nextCursor: reply.data.nextCursor, lastPage: reply.data }
        : { ...s, error: reply.error },
    )
  }, [])

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor
    const fetchPage = fetcher.current
    if (!cursor || !fetchPage || state.loadingMore) return
    const ticket = generation.current
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    const reply = await fetchPage(cursor)
    if (ticket !== generation.current) return
    setState((s) =>
      reply.ok
        ? {
            ...s,
            loadingMore: false,
            items: [...s.items, ...reply.data.items.filter((it) => !s.items.some((old) => old.id === it.id))],
            nextCursor: reply.data.nextCursor,
            lastPage: reply.data,
          }
        : { ...s, loadingMore: false, moreError: reply.error },
    )
  }, [state.nextCursor, state.loadingMore])

  return { ...state, load, loadMore }
}
