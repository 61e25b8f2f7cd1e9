import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { TripsPending, TripSummary, TripView } from '../../../../domain/meetings/api'
import { TRIP_OVERDUE_WORDS } from '../../../../domain/meetings/trips'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import PointPicker from '../../components/PointPicker'
import Sheet from '../../components/Sheet'
import { loadMe, type Me } from '../../lib/me'
import { dayText, TRIP_STATUS_LABELS } from '../../lib/records'
import PendingGroups from './PendingGroups'
import PlanForm from './PlanForm'
import '../../components/staff.scss'
import '../../components/records.scss'

type Pending = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; page: TripsPending }

function TripRow({ t }: { t: TripSummary }) {
  return (
    <View className='rec-row' data-testid='trip-row' onClick={() => Taro.navigateTo({ url: `/staff/pages/trip/index?id=${encodeURIComponent(t.id)}` })}>
      <View className='rec-row__top'>
        <Text>{dayText(t.date)}</Text>
        <Text className={`rec-status${t.status === 'recorded' ? '' : ' is-open'}`}>{TRIP_STATUS_LABELS[t.status]}</Text>
      </View>
      <View className='rec-row__meta'>
        {t.itemCount} 件，{t.plannedBy}安排
      </View>
    </View>
  )
}

/** 代理办事: the matters waiting for a trip by department, 安排跑办, and the trips made. */
export default function TripsPage() {
  const [me, setMe] = useState<Me | null>(null)
  const [pointCode, setPointCode] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending>({ status: 'loading' })
  const [planning, setPlanning] = useState(false)
  const list = usePagedList<TripSummary, { items: TripSummary[]; nextCursor: string | null }>()
  const { load: loadList } = list

  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return setPending({ status: 'error', error: r.error })
      setMe(r.data)
      setPointCode(r.data.points[0] ?? null)
    })
  }, [])

  const load = useCallback(
    async (code: string, quiet = false) => {
      if (!quiet) setPending({ status: 'loading' })
      const trips = loadList(
        async (cursor) => {
          const r = await callStaff({ action: 'trips.list', pointCode: code, ...(cursor ? { cursor } : {}) })
          return r.ok ? { ok: true, data: { items: r.data.trips, nextCursor: r.data.nextCursor } } : r
        },
        { clear: !quiet },
      )
      const r = await callStaff({ action: 'trips.pending', pointCode: code })
      setPending(r.ok ? { status: 'ready', page: r.data } : { status: 'error', error: r.error })
      await trips
    },
    [loadList],
  )
  useEffect(() => {
    if (pointCode) void load(pointCode)
  }, [pointCode, load])
  useDidShow(() => void (pointCode && load(pointCode, true)))
  usePullDownRefresh(() => void (pointCode ? load(pointCode, true) : Promise.resolve()).finally(() => Taro.stopPullDownRefresh()))

  const planned = (t: TripView) => {
    setPlanning(false)
    void Taro.navigateTo({ url: `/staff/pages/trip/index?id=${encodeURIComponent(t.id)}` })
  }

  let top
  if (pending.status === 'loading') top = <LoadingState />
  else if (pending.status === 'error') top = <ErrorState error={pending.error} onRetry={() => pointCode && void load(pointCode)} />
  else if (pending.page.groups.length === 0) top = <EmptyState title='没有等待上报的事项' description='受理时选“上报上级”的事项会出现在这里' testId='trips-none' />
  else
    top = (
      <>
        {pending.page.overdue > 0 ? (
          <View className='sf-warning' data-testid='trips-overdue'>
            <View className='sf-warning__title'>{pending.page.overdue} 件{TRIP_OVERDUE_WORDS}没有跑办</View>
            请尽快安排，至少每周一次。
          </View>
        ) : null}
        <PendingGroups groups={pending.page.groups} />
        <View className='rec-actions'>
          <Button type='primary' size='large' block data-testid='plan-trip' onClick={() => setPlanning(true)}>
            安排跑办
          </Button>
        </View>
      </>
    )

  return (
    <PageShell className='trips-page'>
      {me ? <PointPicker points={me.pointsDetail} value={pointCode} onPick={setPointCode} /> : null}
      <View className='section-title'>待跑办</View>
      {top}
      {pending.status !== 'error' || pending.error.code !== 'FORBIDDEN' ? (
        <>
          <View className='section-title'>跑办记录</View>
          {!list.loaded && !list.error ? <LoadingState /> : null}
          {!list.loaded && list.error ? <ErrorState error={list.error} onRetry={() => pointCode && void load(pointCode)} /> : null}
          {list.loaded && list.items.length === 0 ? <EmptyState title='还没有跑办记录' testId='trips-empty' /> : null}
          {list.items.length > 0 ? (
            <View className='card' data-testid='trips-list'>
              {list.items.map((t) => (
                <TripRow key={t.id} t={t} />
              ))}
              <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
            </View>
          ) : null}
        </>
      ) : null}
      <Sheet title='安排跑办' open={planning && pointCode !== null && pending.status === 'ready'} onClose={() => setPlanning(false)} testId='plan-sheet'>
        {planning && pointCode && pending.status === 'ready' ? (
          <PlanForm pointCode={pointCode} groups={pending.page.groups} onDone={planned} onCancel={() => setPlanning(false)} />
        ) : null}
      </Sheet>
    </PageShell>
  )
}
