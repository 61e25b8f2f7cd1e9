import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { TripView } from '../../../../domain/meetings/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import InfoRow from '../../components/InfoRow'
import { dayText, TRIP_STATUS_LABELS } from '../../lib/records'
import TripRecordForm from './RecordForm'
import '../../components/staff.scss'
import '../../components/records.scss'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; trip: TripView }

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这次跑办，或您无权查看' }

/** 跑办 (?id=): the matters taken on one trip, the form to record it, and what came of it. */
export default function TripPage() {
  const id = readParam(useRouter().params.id)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const ticket = useRef(0)
  const load = useCallback(
    async (quiet = false) => {
      const mine = ++ticket.current
      if (!id) return setLoaded({ status: 'error', error: NO_ACCESS })
      if (!quiet) setLoaded({ status: 'loading' })
      const r = await callStaff({ action: 'trips.get', id })
      if (mine !== ticket.current) return
      if (r.ok) setLoaded({ status: 'ready', trip: r.data })
      else if (!quiet) setLoaded({ status: 'error', error: r.error })
    },
    [id],
  )
  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load(true).finally(() => Taro.stopPullDownRefresh()))

  if (loaded.status === 'loading') return <PageShell className='trip-page'><LoadingState /></PageShell>
  if (loaded.status === 'error') {
    const hidden = loaded.error.code === 'NOT_FOUND' || loaded.error.code === 'FORBIDDEN'
    return (
      <PageShell className='trip-page'>
        <ErrorState error={hidden ? NO_ACCESS : loaded.error} title={hidden ? '无法查看' : undefined} onRetry={() => void load()} />
      </PageShell>
    )
  }
  const t = loaded.trip
  const recorded = (next: TripView) => {
    ++ticket.current
    setLoaded({ status: 'ready', trip: next })
    Taro.showToast({ title: next.status === 'recorded' ? '已记录' : '已保存，还有未写入的', icon: next.status === 'recorded' ? 'success' : 'none' })
  }
  return (
    <PageShell className='trip-page'>
      <View className='card' data-testid='trip-head'>
        <View className='rec-row__top'>
          <Text className='rec-group__title'>代理办事</Text>
          <Text className={`rec-status${t.status === 'recorded' ? '' : ' is-open'}`} data-testid='trip-status'>
            {TRIP_STATUS_LABELS[t.status]}
          </Text>
        </View>
        <InfoRow label='跑办日期'>{dayText(t.date)}</InfoRow>
        <InfoRow label='安排人'>{t.plannedBy}</InfoRow>
        {t.recordedBy ? <InfoRow label='记录人'>{t.recordedBy}</InfoRow> : null}
      </View>
      {t.results.length > 0 ? (
        <View className='card' data-testid='trip-results'>
          <View className='sf-card-title'>跑办结果</View>
          {t.results.map((r) => (
            <View key={r.itemId} className='rec-row' onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(r.itemId)}` })}>
              <View className='rec-row__top'>
                <Text>{r.no}</Text>
                <Text className={`rec-status${r.written ? '' : ' is-open'}`}>{r.written ? '已写入事项' : '尚未写入'}</Text>
              </View>
              <View className='rec-row__text'>
                {dayText(r.takenAt)} 到{r.department}
                {r.answer ? `，答复：${r.answer}` : '，尚待答复'}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {t.canRecord && t.status !== 'recorded' ? (
        <TripRecordForm trip={t} onDone={recorded} />
      ) : (
        <View className='card'>
          <View className='sf-card-title'>事项（{t.items.length} 件）</View>
          {t.items.map((i) => (
            <View key={i.itemId} className='rec-row' onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(i.itemId)}` })}>
              <View className='rec-row__top'>
                <Text>{i.no}</Text>
                <Text className='rec-status'>{i.department ?? '尚未上报'}</Text>
              </View>
              <View className='rec-row__text'>{i.excerpt}</View>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  )
}
