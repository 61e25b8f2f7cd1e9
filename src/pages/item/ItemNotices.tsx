import { callResident } from '../../api'
import { NoticeLinks } from '../../components/NoticeBody'
import { useLoad } from '../../hooks/useLoad'

/** The 公告 that answer this matter in public; nothing when there are none. */
export default function ItemNotices({ itemId }: { itemId: string }) {
  const { state } = useLoad(itemId, () => callResident({ action: 'notices.ofItem', itemId }))
  if (state.status !== 'ready') return null
  return <NoticeLinks title='公开答复' notices={state.data.notices} testId='item-notices' />
}
