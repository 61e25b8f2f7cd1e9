import { useCallback, useMemo } from 'react'
import type { BookingView } from '../../../domain/booking/api'
import { callResident } from '../../api'
import { usePagedList } from '../../hooks/usePagedList'

const PAGE_SIZE = 20

/** Upcoming bookings first (soonest first), then past and cancelled ones (newest first, as they come). */
export function orderBookings(items: BookingView[], now: Date): BookingView[] {
  const upcoming = (b: BookingView) => b.shown === 'booked' && new Date(b.startAt) > now
  return [...items.filter(upcoming).sort((a, b) => a.startAt.localeCompare(b.startAt)), ...items.filter((b) => !upcoming(b))]
}

/** My bookings, a page at a time. */
export function useMyBookings() {
  const list = usePagedList<BookingView, { items: BookingView[]; nextCursor: string | null }>()
  const { load } = list
  const refresh = useCallback(
    () => load((cursor) => callResident({ action: 'booking.listMine', limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })),
    [load],
  )
  // a 上门走访 shows once, under 上门走访 with its request
  const ordered = useMemo(() => orderBookings(list.items.filter((b) => b.kind !== 'home'), new Date()), [list.items])
  return { ...list, ordered, refresh }
}
