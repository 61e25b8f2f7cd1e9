import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClientError, ClientResult } from '../api'

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ClientError }
  | { status: 'ready'; data: T }

/**
 * Runs `load` when `key` changes (and on `reload`); answers that arrive after a newer
 * request started are dropped. `key` null means nothing to load yet.
 */
export function useLoad<T>(key: string | null, load: () => Promise<ClientResult<T>>) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setState({ status: 'loading' })
    const result = await loadRef.current()
    if (ticket !== latest.current) return
    setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error })
  }, [])

  useEffect(() => {
    if (key !== null) void reload()
  }, [key, reload])

  return { state, reload }
}
