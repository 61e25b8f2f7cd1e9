import { useRouter } from '@tarojs/taro'
import { callResident } from '../../api'
import { NoticeBody } from '../../components/NoticeBody'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import { readParam } from '../../lib/params'

/** 公告: a point's public answer to a concern many raised. Withdrawn, it is gone for everyone. */
export default function NoticePage() {
  const id = readParam(useRouter().params.id)
  const { state, reload } = useLoad(id, () => callResident({ action: 'notices.get', id: id ?? '' }))
  let body
  if (!id || (state.status === 'error' && (state.error.code === 'NOT_FOUND' || state.error.code === 'INVALID_INPUT'))) {
    body = <EmptyState title='这份公告已撤下或不存在' testId='notice-missing' />
  } else if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={reload} />
  else body = <NoticeBody notice={state.data} />
  return <PageShell className='notice-page'>{body}</PageShell>
}
