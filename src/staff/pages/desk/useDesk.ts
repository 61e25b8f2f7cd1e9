import { useCallback, useRef, useState } from 'react'
import type { DeskBooking, DeskPage } from '../../../../domain/booking/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'

export type DeskState = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; page: DeskPage }

/**
 * The desk for a day (the server's today when no date is given) at one point or all the
 * caller's points. Only the latest request's answer is shown.
 */
export function useDesk() {
  const [state, setState] = useState<DeskState>({ status: 'loading' })
  /** the server's today, from the first answer without a date */
  const [today, setToday] = useState<string | null>(null)
  const ticket = useRef(0)

  const load = useCallback(async (date: string | null, pointCode: string | null, quiet = false) => {
    const mine = ++ticket.current
    if (!quiet) setState({ status: 'loading' })
    const reply = await callStaff({ action: 'desk.today', ...(date ? { date } : {}), ...(pointCode ? { pointCode } : {}) })
    if (mine !== ticket.current) return
    if (reply.ok) {
      setState({ status: 'ready', page: reply.data })
      if (!date) setToday(reply.data.date)
    } else setState({ status: 'error', error: reply.error })
  }, [])

  /** A booking as the server answered after an action on it. */
  const replace = useCallback((b: DeskBooking) => {
    ++ticket.current
    setState((s) => (s.status === 'ready' ? { status: 'ready', page: { ...s.page, bookings: s.page.bookings.map((x) => (x.id === b.id ? b : x)) } } : s))
  }, [])

  return { state, today, load, replace }
}
