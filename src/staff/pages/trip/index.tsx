import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { TripView } from '../../../../domain/meetings/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { readParam } from '../../../lib/params'
import InfoRow from '../../components/InfoRow'
import RecordUnavailable from '../../components/RecordUnavailable'
import { dayText, TRIP_STATUS_LABELS } from '../../lib/records'
import { useRecord } from '../../lib/useRecord'
import TripRecordForm from './RecordForm'
import '../../components/staff.scss'
import '../../components/records.scss'

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这次跑办，或您无权查看' }

/** 跑办 (?id=): the matters taken on one trip, the form to record it, and what came of it. */
export default function TripPage() {
  const id = readParam(useRouter().params.id)
  const { loaded, load, replace } = useRecord(id, (id) => callStaff({ action: 'trips.get', id }), { noAccess: NO_ACCESS })
  if (loaded.status !== 'ready') return <RecordUnavailable className='trip-page' state={loaded} noAccess={NO_ACCESS} onRetry={() => void load()} />
  const t = loaded.data
  const recorded = (next: TripView) => {
    replace(next)
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
