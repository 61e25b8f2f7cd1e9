import { useRouter } from '@tarojs/taro'
import type { StaffNoticeView } from '../../../../domain/notices/api'
import { callStaff } from '../../../api/staff'
import type { ClientResult } from '../../../api/result'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import NoticeEditor from './NoticeEditor'
import '../../components/staff.scss'

const none = (): Promise<ClientResult<StaffNoticeView | null>> => Promise.resolve({ ok: true, data: null })

/** A notice to edit (`id`), or a new one at `pointCode`. */
export default function NoticeEditPage() {
  const params = useRouter().params
  const id = readParam(params.id)
  const pointCode = readParam(params.pointCode)
  const { state, reload } = useLoad(id ?? `new-${pointCode ?? ''}`, () => (id ? callStaff({ action: 'notices.get', id }) : none()))
  let body
  if (!id && !pointCode) body = <EmptyState title='请从公告列表进入' testId='notice-edit-missing' />
  else if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error' && state.error.code === 'FORBIDDEN') body = <EmptyState title='公告由本说事点的领导编写和发布' testId='notices-forbidden' />
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={reload} />
  else body = <NoticeEditor pointCode={state.data?.pointCode ?? pointCode ?? ''} initial={state.data} />
  return <PageShell className='notice-edit-page'>{body}</PageShell>
}
