import { Text, View } from '@tarojs/components'
import { BOOKING_AHEAD_WORDS } from '../../../domain/booking/rules'
import { BOOKING_RULES } from '../../../domain/policy/defaults'
import { OPENING_KIND_LABELS } from '../../../domain/schedule/openings'
import { timeRange } from '../../lib/bookingText'
import type { Day } from './DayPicker'


/**
 * The day's openings: a 约访 opening's slots that can still be booked, with the places left
 * (a full one disabled and marked 已约满); a 约访 opening with none left says why; other
 * openings need no booking and say so.
 */
export default function SlotPicker({ day, chosen, onPick }: { day: Day; chosen: string; onPick: (slotId: string) => void }) {
  return (
    <View className='slot-picker' data-testid='booking-slots'>
      {day.openings.map((o) =>
        o.kind === 'booking' && o.slots.length === 0 ? (
          <View key={o.id} className='slot-picker__walk-in' data-testid='booking-too-late'>
            {timeRange(o.start, o.end)} {OPENING_KIND_LABELS[o.kind]}：这次已经不能再约（至少提前 {BOOKING_RULES.noticeHours} 小时、最多 {BOOKING_AHEAD_WORDS}）。
          </View>
        ) : o.slots.length === 0 ? (
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
