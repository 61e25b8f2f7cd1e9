import { Text, View } from '@tarojs/components'
import type { OpeningView } from '../../../domain/booking/api'
import { dayLabel } from '../../lib/bookingText'
import { NoBreakTimes } from '../../components/NoBreakTimes'

export interface Day {
  date: string
  openings: OpeningView[]
  /** places left over all its bookable slots */
  left: number
  /** it has slots that can still be booked */
  bookable: boolean
  /** it has 约访 openings (whose slots may all be past booking) */
  booking: boolean
}

/** The openings grouped by day, in date order. */
export function daysOf(openings: OpeningView[]): Day[] {
  const byDate = new Map<string, OpeningView[]>()
  for (const o of openings) byDate.set(o.date, [...(byDate.get(o.date) ?? []), o])
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => {
      const slots = list.flatMap((o) => o.slots)
      return { date, openings: list, left: slots.reduce((n, s) => n + s.left, 0), bookable: slots.length > 0, booking: list.some((o) => o.kind === 'booking') }
    })
}

function stateOf(d: Day): string {
  if (d.bookable) return d.left > 0 ? '可预约' : '已约满'
  return d.booking ? '不能再约' : '直接来'
}

/** 选日期: one big button per day with openings. */
export default function DayPicker({ days, chosen, onPick }: { days: Day[]; chosen: string; onPick: (date: string) => void }) {
  return (
    <View className='day-picker' role='radiogroup' data-testid='booking-days'>
      {days.map((d) => (
        <View
          key={d.date}
          className={`day-picker__day${d.date === chosen ? ' is-selected' : ''}`}
          role='radio'
          aria-checked={d.date === chosen}
          data-testid='booking-day'
          onClick={() => onPick(d.date)}
        >
          <Text className='day-picker__date'>
            <NoBreakTimes text={dayLabel(d.date)} />
          </Text>
          <Text className='day-picker__state'>{stateOf(d)}</Text>
        </View>
      ))}
    </View>
  )
}
