import { Text, View } from '@tarojs/components'
import type { PointView } from '../../../../domain/points/api'
import type { DeskBooking, DeskOpening, DeskPage } from '../../../../domain/booking/api'
import { OPENING_KIND_LABELS } from '../../../../domain/schedule/openings'
import { EmptyState } from '../../../components/States'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import DeskRow, { type RowAction } from './DeskRow'
import DeskWalkIns from './DeskWalkIns'

interface Props {
  page: DeskPage
  /** the day shown is today */
  today: boolean
  points: PointView[]
  /** the booking an action is being sent for */
  working: string | null
  onAction: (b: DeskBooking, a: RowAction) => void
  onOpenItem: (id: string) => void
}

/** The day's openings in time order, each with its bookings; bookings whose opening is gone come last. */
function groups(page: DeskPage): { opening: DeskOpening | null; bookings: DeskBooking[] }[] {
  const known = new Set(page.openings.map((o) => o.id))
  const out = page.openings.map((opening) => ({ opening, bookings: page.bookings.filter((b) => b.openingId === opening.id) }))
  const others = page.bookings.filter((b) => !b.openingId || !known.has(b.openingId))
  return others.length > 0 ? [...out, { opening: null, bookings: others }] : out
}

/** Who covers the opening on the duty roster, and whether it is the caller. */
function OnDuty({ opening }: { opening: DeskOpening }) {
  return (
    <View className='desk-opening__duty' data-testid='desk-on-duty'>
      {opening.mine ? <Text className='desk-opening__mine'>我值班</Text> : null}
      <Text>{opening.onDuty.length > 0 ? `值班：${opening.onDuty.map((d) => `${d.name}（${d.duty}）`).join('、')}` : '值班表上还没有人'}</Text>
    </View>
  )
}

export default function DeskDay({ page, today, points, working, onAction, onOpenItem }: Props) {
  const names = new Map(points.map((p) => [p.code, p.name]))
  const several = points.length > 1
  const hours = page.openings.map((o) => `${timeRange(o.start, o.end)} ${OPENING_KIND_LABELS[o.kind]}`).join('；')
  const walkIns = <DeskWalkIns walkIns={page.walkIns} onOpen={onOpenItem} />
  if (page.bookings.length === 0) {
    return (
      <View>
        <EmptyState
          title={today ? '今天没有预约' : `${dayLabel(page.date)}没有预约`}
          description={hours ? `这一天的接待：${hours}。居民来了可以点「代登记」。` : '这一天说事点不开放。居民来了也可以点「代登记」。'}
          testId='desk-empty'
        />
        {walkIns}
      </View>
    )
  }
  return (
    <View data-testid='desk-list'>
      {groups(page).map(({ opening, bookings }) => (
        <View key={opening?.id ?? 'others'} className='desk-opening' data-testid='desk-opening'>
          <View className='section-title desk-opening__title'>
            {opening ? `${timeRange(opening.start, opening.end)} ${OPENING_KIND_LABELS[opening.kind]}` : '其他预约（时段已调整）'}
            {opening && several ? <Text className='desk-opening__point'>{names.get(opening.pointCode) ?? opening.pointCode}</Text> : null}
          </View>
          {opening ? <OnDuty opening={opening} /> : null}
          {bookings.length === 0 ? (
            <View className='sf-muted desk-opening__none'>{opening?.kind === 'booking' ? '这个时段没有预约' : '随到随接待，居民来了点「代登记」'}</View>
          ) : (
            bookings.map((b) => <DeskRow key={b.id} booking={b} busy={working !== null} onAction={(a) => onAction(b, a)} />)
          )}
        </View>
      ))}
      {walkIns}
    </View>
  )
}
