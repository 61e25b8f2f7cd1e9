import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { ClientError, ClientResult } from '../../api/result'
import type { LoadState } from '../../hooks/useLoad'

interface Options {
  /** what to say when there is no id, or the record is not there or not the caller's to see */
  noAccess: ClientError
  /** a quiet reload (pull-down) that failed: the record stays on screen */
  onQuietError?: (error: ClientError) => void
}

/**
 * One record's page (?id=): read on open and on pull-down (quietly, keeping what is
 * shown), answers to older reads dropped; `replace` puts the server's answer to an action
 * on screen and drops any read still under way.
 */
export function useRecord<T>(id: string | null | undefined, get: (id: string) => Promise<ClientResult<T>>, { noAccess, onQuietError }: Options) {
  const [loaded, setLoaded] = useState<LoadState<T>>({ status: 'loading' })
  const ticket = useRef(0)
  const calls = useRef({ get, onQuietError })
  calls.current = { get, onQuietError }

  const load = useCallback(
    async (quiet = false) => {
      const mine = ++ticket.current
      if (!id) return setLoaded({ status: 'error', error: noAccess })
      if (!quiet) setLoaded({ status: 'loading' })
      const r = await calls.current.get(id)
      if (mine !== ticket.current) return
      if (r.ok) setLoaded({ status: 'ready', data: r.data })
      else if (!quiet) setLoaded({ status: 'error', error: r.error })
      else calls.current.onQuietError?.(r.error)
    },
    [id, noAccess],
  )
  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load(true).finally(() => Taro.stopPullDownRefresh()))

  const replace = useCallback((next: T) => {
    ++ticket.current
    setLoaded({ status: 'ready', data: next })
  }, [])

  return { loaded, load, replace }
}
