import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { TripSummary, TripView } from '../../../../domain/meetings/api'
import { TRIP_OVERDUE_WORDS } from '../../../../domain/meetings/trips'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import PointPicker from '../../components/PointPicker'
import RecordList from '../../components/RecordList'
import Sheet from '../../components/Sheet'
import { dayText, TRIP_STATUS_LABELS } from '../../lib/records'
import { asPage, usePointRecords } from '../../lib/usePointRecords'
import PendingGroups from './PendingGroups'
import PlanForm from './PlanForm'
import '../../components/staff.scss'
import '../../components/records.scss'

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
  const [planning, setPlanning] = useState(false)
  const { me, pointCode, setPointCode, top: pending, list, retry } = usePointRecords({
    top: (pointCode: string) => callStaff({ action: 'trips.pending', pointCode }),
    rows: (pointCode: string, cursor?: string) => callStaff({ action: 'trips.list', pointCode, ...(cursor ? { cursor } : {}) }).then(asPage('trips')),
  })

  const planned = (t: TripView) => {
    setPlanning(false)
    void Taro.navigateTo({ url: `/staff/pages/trip/index?id=${encodeURIComponent(t.id)}` })
  }

  let top
  if (pending.status === 'loading') top = <LoadingState />
  else if (pending.status === 'error') top = <ErrorState error={pending.error} onRetry={retry} />
  else if (pending.data.groups.length === 0) top = <EmptyState title='没有等待上报的事项' description='受理时选“上报上级”的事项会出现在这里' testId='trips-none' />
  else
    top = (
      <>
        {pending.data.overdue > 0 ? (
          <View className='sf-warning' data-testid='trips-overdue'>
            <View className='sf-warning__title'>{pending.data.overdue} 件{TRIP_OVERDUE_WORDS}没有跑办</View>
            请尽快安排，至少每周一次。
          </View>
        ) : null}
        <PendingGroups groups={pending.data.groups} />
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
          <RecordList list={list} empty={{ title: '还没有跑办记录', testId: 'trips-empty' }} testId='trips-list' onRetry={retry}>
            {(t) => <TripRow key={t.id} t={t} />}
          </RecordList>
        </>
      ) : null}
      <Sheet title='安排跑办' open={planning && pointCode !== null && pending.status === 'ready'} onClose={() => setPlanning(false)} testId='plan-sheet'>
        {planning && pointCode && pending.status === 'ready' ? (
          <PlanForm pointCode={pointCode} groups={pending.data.groups} onDone={planned} onCancel={() => setPlanning(false)} />
        ) : null}
      </Sheet>
    </PageShell>
  )
}
