import { callResident } from '../../api'
import { NoticeLinks } from '../../components/NoticeBody'
import { useLoad } from '../../hooks/useLoad'

/** 公开反馈: the point's published 公告, newest first; nothing when it has none. */
export default function PointPublicNotices({ code }: { code: string }) {
  const { state } = useLoad(code, () => callResident({ action: 'notices.ofPoint', pointCode: code }))
  if (state.status !== 'ready') return null
  return <NoticeLinks title='公开反馈（公告）' notices={state.data.notices} testId='point-notices' />
}
