import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffHomeVisitView } from '../../../../domain/booking/home-visits-api'
import type { HomeVisitStatus } from '../../../../domain/booking/home-visits'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import VisitRow, { type VisitForm } from './VisitRow'
import '../../components/staff.scss'
import './index.scss'

const TABS: { status: HomeVisitStatus; label: string; empty: string }[] = [
  { status: 'pending', label: '待安排', empty: '没有等待安排的上门走访' },
  { status: 'scheduled', label: '已安排', empty: '还没有安排好的上门走访' },
  { status: 'visited', label: '已上门', empty: '还没有登记已上门的走访' },
  { status: 'cancelled', label: '已取消', empty: '没有取消的上门走访' },
]

type Page = { items: StaffHomeVisitView[]; nextCursor: string | null }

/**
 * 上门走访: the requests of my points. A cadre takes a waiting one (我来上门), sets the day
 * on a picker and the time, and it becomes their visit; the resident is told.
 */
export default function HomeVisitsPage() {
  const [status, setStatus] = useState<HomeVisitStatus>('pending')
  const [open, setOpen] = useState<{ id: string; form: VisitForm } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const list = usePagedList<StaffHomeVisitView, Page>()
  const { load } = list

  const reload = useCallback(
    (s: HomeVisitStatus) => load((cursor) => callStaff({ action: 'homeVisit.list', status: s, limit: 20, ...(cursor ? { cursor } : {}) }), { clear: true }),
    [load],
  )
  useEffect(() => void reload(status), [reload, status])
  usePullDownRefresh(() => void reload(status).finally(() => Taro.stopPullDownRefresh()))

  const scheduled = (v: StaffHomeVisitView | null) => {
    setOpen(null)
    if (v) setNotice(`已安排：${v.date} ${v.start} 上门，已通知居民。可以在「已安排」里看到地址和电话。`)
    void reload(status)
  }

  const visited = (v: StaffHomeVisitView | null) => {
    setOpen(null)
    if (v) setNotice(v.diaryId ? '已登记已上门，民情日记也写好了。' : '已登记已上门。')
    void reload(status)
  }

  const cancelled = () => {
    setOpen(null)
    setNotice('已取消这次上门走访，并把原因告诉了居民。')
    void reload(status)
  }

  const tab = TABS.find((t) => t.status === status)!
  let body
  if (!list.loaded && list.error?.code === 'FORBIDDEN') body = <EmptyState title='上门走访仅供说事点的干部安排' testId='hv-forbidden' />
  else if (!list.loaded && list.error) body = <ErrorState error={list.error} onRetry={() => void reload(status)} />
  else if (!list.loaded) body = <LoadingState />
  else if (list.items.length === 0) body = <EmptyState title={tab.empty} description='下拉可以刷新' testId='hv-staff-empty' />
  else
    body = (
      <View data-testid='hv-staff-list'>
        {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} /> : null}
        {list.items.map((v) => (
          <VisitRow
            key={v.id}
            visit={v}
            open={open?.id === v.id ? open.form : null}
            onOpen={(form) => (setNotice(null), setOpen({ id: v.id, form }))}
            onClose={() => setOpen(null)}
            onScheduled={scheduled}
            onVisited={visited}
            onCancelled={cancelled}
          />
        ))}
        <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </View>
    )

  return (
    <PageShell className='home-visits-page'>
      <View className='hv-tabs' role='tablist'>
        {TABS.map((t) => (
          <View
            key={t.status}
            className={`hv-tab${t.status === status ? ' is-current' : ''}`}
            data-testid={`hv-tab-${t.status}`}
            role='tab'
            aria-selected={t.status === status}
            onClick={() => (setOpen(null), setStatus(t.status))}
          >
            <Text className='hv-tab__label'>{t.label}</Text>
          </View>
        ))}
      </View>
      {notice ? (
        <View className='hv-notice' data-testid='hv-notice'>
          {notice}
        </View>
      ) : null}
      {body}
    </PageShell>
  )
}
