import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { ItemDetail } from '../../../domain/matters/api'
import type { ClientError, ClientResult } from '../../api'

export type ItemActionName = 'withdraw' | 'supplement' | 'rate' | 'unpublish'

export interface ActionFailure {
  action: ItemActionName
  error: ClientError
}

/**
 * The resident's actions on the matter, one at a time: while one is on its way every
 * action button is disabled and a second tap does nothing. Each answers the updated
 * matter, which replaces the page's copy; a failure stays on screen next to its action.
 */
export function useItemActions(onUpdated: (item: ItemDetail) => void) {
  const [busy, setBusy] = useState<ItemActionName | null>(null)
  const [failure, setFailure] = useState<ActionFailure | null>(null)
  const inFlight = useRef(false)

  const run = useCallback(
    async (action: ItemActionName, call: () => Promise<ClientResult<ItemDetail>>, done?: string): Promise<ItemDetail | null> => {
      if (inFlight.current) return null
      inFlight.current = true
      setBusy(action)
      setFailure(null)
      const reply = await call()
      inFlight.current = false
      setBusy(null)
      if (!reply.ok) {
        setFailure({ action, error: reply.error })
        return null
      }
      onUpdated(reply.data)
      if (done) void Taro.showToast({ title: done, icon: 'success', duration: 2000 }).catch(() => undefined)
      return reply.data
    },
    [onUpdated],
  )

  const errorOf = (action: ItemActionName) => (failure?.action === action ? failure.error : null)
  const clearError = useCallback(() => setFailure(null), [])

  return { busy, run, errorOf, clearError }
}

export type ItemActions = ReturnType<typeof useItemActions>
