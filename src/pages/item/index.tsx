import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { ItemDetail } from '../../../domain/matters/api'
import { callResident } from '../../api'
import PageShell from '../../components/PageShell'
import { ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import { readParam } from '../../lib/params'
import ItemDetailView from './ItemDetailView'
import './index.scss'

const NOT_FOUND = { code: 'NOT_FOUND', message: '没有找到这件事，或您无权查看' } as const

/** 详情 (?id=): one of my matters. */
export default function ItemPage() {
  const id = readParam(useRouter().params.id)
  const { state, reload } = useLoad(id ?? '', () =>
    id ? callResident({ action: 'item.get', id }) : Promise.resolve({ ok: false as const, error: NOT_FOUND }),
  )
  // The matter as an action or a quiet refresh last answered it; it replaces the loaded copy.
  const [fresh, setFresh] = useState<ItemDetail | null>(null)

  const retry = useCallback(() => {
    setFresh(null)
    void reload()
  }, [reload])

  /** Fetches the matter again while it stays on screen (no loading state, forms keep their input). */
  const refresh = useCallback(async () => {
    if (!id) return
    const reply = await callResident({ action: 'item.get', id })
    if (reply.ok) setFresh(reply.data)
  }, [id])

  usePullDownRefresh(() => {
    const done = state.status === 'ready' ? refresh() : Promise.resolve(retry())
    void done.finally(() => Taro.stopPullDownRefresh())
  })

  let body
  if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') {
    const error = state.error.code === 'NOT_FOUND' || state.error.code === 'FORBIDDEN' ? NOT_FOUND : state.error
    body = <ErrorState error={error} title={error === NOT_FOUND ? '无法查看' : undefined} onRetry={retry} />
  } else {
    const item = fresh && fresh.id === state.data.id ? fresh : state.data
    body = <ItemDetailView item={item} onUpdated={setFresh} onRefresh={() => void refresh()} />
  }

  return <PageShell className='item-page'>{body}</PageShell>
}
