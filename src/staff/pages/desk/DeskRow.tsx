import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DeskBooking } from '../../../../domain/booking/api'
import { noShowOpen } from '../../../../domain/booking/rules'
import { BOOKING_STATUS_WORDS, clock, timeRange } from '../../../lib/bookingText'
import ActionButtons, { type ActionChoice } from '../../components/ActionButtons'

export type RowAction = 'checkIn' | 'noShow' | 'cancel' | 'toItem' | 'onSpot' | 'open'

/** 未到 is offered once the slot has ended (the server refuses it before). */
const noShowNow = (b: DeskBooking) => b.status === 'booked' && noShowOpen(new Date(b.endAt), new Date())

/** How often an open desk looks whether a slot has ended, so 未到 appears without a refresh. */
const RECHECK_MS = 10_000

function useNoShowOpen(b: DeskBooking): boolean {
  const [, tick] = useState(0)
  const open = noShowNow(b)
  useEffect(() => {
    if (open || b.status !== 'booked') return
    const timer = setInterval(() => tick((n) => n + 1), RECHECK_MS)
    return () => clearInterval(timer)
  }, [open, b.status])
  return open
}

/** What the cadre may do with a booking in its state. */
function actionsFor(b: DeskBooking, noShow: boolean): Omit<ActionChoice<RowAction>, 'testId'>[] {
  if (b.status === 'booked') {
    return [
      { action: 'checkIn', label: '到场', primary: true },
      ...(noShow ? [{ action: 'noShow' as const, label: '未到' }] : []),
      { action: 'cancel', label: '取消' },
    ]
  }
  if (b.status === 'checkedIn' && !b.itemId) {
    return [
      { action: 'toItem', label: '登记为诉求', primary: true },
      { action: 'onSpot', label: '当场答复' },
    ]
  }
  if (b.itemId) return [{ action: 'open', label: '查看诉求' }]
  return []
}

/** One booking at the desk: when, who (masked), what about, its state, and what to do now. */
export default function DeskRow({ booking, busy, onAction }: { booking: DeskBooking; busy: boolean; onAction: (a: RowAction) => void }) {
  const noShow = useNoShowOpen(booking)
  const actions = actionsFor(booking, noShow).map((a) => ({ ...a, testId: `desk-${a.action}` }))
  return (
    <View className={`desk-row card desk-row--${booking.status}`} data-testid='desk-row'>
      <View className='desk-row__top'>
        <Text className='desk-row__time'>{timeRange(booking.start, booking.end)}</Text>
        <Text className={`desk-row__status desk-row__status--${booking.status}`} data-testid='desk-row-status'>
          {BOOKING_STATUS_WORDS[booking.status]}
          {booking.itemId ? ' · 已登记' : ''}
        </Text>
      </View>
      <View className='desk-row__who'>
        {booking.name} {booking.phone}
      </View>
      <View className='desk-row__topic'>
        <Text className='desk-row__category'>{booking.category}</Text>
        {booking.topic}
      </View>
      {booking.status === 'booked' && !noShow ? (
        <View className='desk-row__later' data-testid='desk-noshow-later'>
          {clock(booking.end)} 后可标记未到
        </View>
      ) : null}
      {actions.length > 0 ? (
        <View className='desk-row__actions'>
          <ActionButtons actions={actions} className='desk-row__button' disabled={busy} onPick={onAction} />
        </View>
      ) : null}
    </View>
  )
}
