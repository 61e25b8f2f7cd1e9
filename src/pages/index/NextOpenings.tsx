import { Text, View } from '@tarojs/components'
import { BOOKING_AHEAD_WORDS, BOOKING_LIST_DAYS } from '../../../domain/booking/rules'
import { OPENING_KIND_LABELS } from '../../../domain/schedule/openings'
import { callResident } from '../../api'
import { useLoad } from '../../hooks/useLoad'
import { dayLabel, timeRange } from '../../lib/bookingText'
import { onDutyText } from '../../lib/dutyText'

const SHOWN = 4

/** The point's openings over the days a resident may book, with its closed days. */
export const usePointOpenings = (pointCode: string) => useLoad(pointCode, () => callResident({ action: 'slots.list', pointCode, days: BOOKING_LIST_DAYS }))

/**
 * 近期开放: the next few openings of the point (date
 * with weekday, times, kind) and who is on duty each time and for what — the posted
 * roster (接访公示).
 */
export default function NextOpenings({ openings }: { openings: ReturnType<typeof usePointOpenings> }) {
  const { state, reload } = openings
  let body
  if (state.status === 'loading') body = <View className='next-openings__note'>正在加载开放时间…</View>
  else if (state.status === 'error')
    body = (
      <View className='next-openings__note' data-testid='next-openings-error'>
        <Text>开放时间没有加载出来。</Text>
        <Text className='next-openings__retry' onClick={() => void reload()}>
          重试
        </Text>
      </View>
    )
  else if (state.data.openings.length === 0) body = <View className='next-openings__note'>{BOOKING_AHEAD_WORDS}没有安排开放。</View>
  else
    body = state.data.openings.slice(0, SHOWN).map((o) => (
      <View key={o.id} className='next-openings__row' data-testid='opening-row'>
        <Text className='next-openings__day'>{dayLabel(o.date)}</Text>
        <Text className='next-openings__time'>{timeRange(o.start, o.end)}</Text>
        <Text className={`next-openings__kind next-openings__kind--${o.kind}`}>{OPENING_KIND_LABELS[o.kind]}</Text>
        <Text className={`next-openings__duty${o.onDuty.length === 0 ? ' is-pending' : ''}`} data-testid='opening-duty'>
          值班：{onDutyText(o.onDuty)}
        </Text>
      </View>
    ))
  return (
    <View className='next-openings' data-testid='next-openings'>
      <View className='next-openings__title'>近期开放</View>
      {body}
    </View>
  )
}
