import { callStaff } from '../../../api/staff'
import { NoticeLinks } from '../../../components/NoticeBody'
import { useLoad } from '../../../hooks/useLoad'

/** The published 公告 that answer this matter; nothing when there are none. */
export default function ItemNotices({ itemId }: { itemId: string }) {
  const { state } = useLoad(itemId, () => callStaff({ action: 'notices.ofItem', itemId }))
  if (state.status !== 'ready') return null
  return <NoticeLinks title='公开答复（公告）' notices={state.data.notices} testId='staff-item-notices' />
}
