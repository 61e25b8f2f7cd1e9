import { Text, View } from '@tarojs/components'
import { OPENING_KIND_LABELS } from '../../../domain/schedule'
import { timeRange } from '../../lib/bookingText'
import type { Day } from './DayPicker'

/**
 * The day's openings: a 约访 opening's slots with the places left (a full one disabled and
 * marked 已约满); other openings need no booking and say so.
 */
export default function SlotPicker({ day, chosen, onPick }: { day: Day; chosen: string; onPick: (slotId: string) => void }) {
  return (
    <View className='slot-picker' data-testid='booking-slots'>
      {day.openings.map((o) =>
        o.slots.length === 0 ? (
          <View key={o.id} className='slot-picker__walk-in'>
            {timeRange(o.start, o.end)} {OPENING_KIND_LABELS[o.kind]}：不用预约，这段时间直接来说事点即可。
          </View>
        ) : (
          <View key={o.id} className='slot-picker__opening'>
            <View className='slot-picker__title'>
              {timeRange(o.start, o.end)} {OPENING_KIND_LABELS[o.kind]}
            </View>
            <View className='slot-picker__grid' role='radiogroup'>
              {o.slots.map((s) => {
                const full = s.left <= 0
                const selected = !full && s.id === chosen
                return (
                  <View
                    key={s.id}
                    className={`slot-picker__slot${full ? ' is-full' : ''}${selected ? ' is-selected' : ''}`}
                    role='radio'
                    aria-checked={selected}
                    aria-disabled={full}
                    data-testid='booking-slot'
                    onClick={() => !full && onPick(s.id)}
                  >
                    <Text className='slot-picker__time'>{timeRange(s.start, s.end)}</Text>
                    <Text className='slot-picker__left'>{full ? '已约满' : `剩 ${s.left} 个名额`}</Text>
                  </View>
                )
              })}
            </View>
          </View>
        ),
      )}
    </View>
  )
}
