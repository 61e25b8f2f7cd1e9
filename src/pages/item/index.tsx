import { useRouter } from '@tarojs/taro'
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

  let body
  if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') {
    const error = state.error.code === 'NOT_FOUND' || state.error.code === 'FORBIDDEN' ? NOT_FOUND : state.error
    body = <ErrorState error={error} title={error === NOT_FOUND ? '无法查看' : undefined} onRetry={reload} />
  } else body = <ItemDetailView item={state.data} />

  return <PageShell className='item-page'>{body}</PageShell>
}
