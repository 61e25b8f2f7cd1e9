import { useCallback, useEffect, useRef, useState } from 'react'
import { bookingResidentEventSchemas } from '../../../domain/booking/schemas'
import type { BookingView } from '../../../domain/booking/api'
import { BOOKING_LIST_DAYS } from '../../../domain/booking/rules'
import { parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import { useLoad } from '../../hooks/useLoad'
import { bookingDrafts, emptyBookingDraft, type BookingDraft } from '../../lib/bookingDraft'
import { lastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

export type BookingFields = Omit<BookingDraft, 'requestId'>

const CHECK_FIELDS = '有几处需要修改，请看标红的提示'

/** What 重新预约 brings along: the matter of the booking the office cancelled. */
export interface BookingPrefill {
  category?: string
  topic?: string
}

/** The draft from storage (with what 重新预约 brings); empty contact fields filled from the contact this phone remembers. */
function initialDraft(pointCode: string, prefill: BookingPrefill = {}): BookingDraft {
  const stored = bookingDrafts.load(pointCode)
  const draft = { ...stored, category: prefill.category ?? stored.category, topic: prefill.topic ?? stored.topic }
  const last = lastContact.get()
  if (!last || draft.name || draft.phone || draft.address) return draft
  return { ...draft, name: last.name, phone: last.phone, address: last.address }
}

const toEvent = (d: BookingDraft) => ({
  action: 'booking.create' as const,
  requestId: d.requestId,
  slotId: d.slotId,
  category: d.category,
  topic: d.topic,
  contact: { name: d.name, phone: d.phone, address: d.address },
})

const validate = (d: BookingDraft) => parseWith(bookingResidentEventSchemas['booking.create'], toEvent(d))

/**
 * 预约说事: the point's openings with their places, the draft (kept in storage on every
 * change, with its requestId), validation and the one-at-a-time booking. A slot that filled
 * up meanwhile (CONFLICT) is said so, unpicked, and the places are loaded again.
 */
export function useBookingForm(pointCode: string, prefill?: BookingPrefill) {
  const slots = useLoad(pointCode, () => callResident({ action: 'slots.list', pointCode, days: BOOKING_LIST_DAYS }))
  const [draft, setDraft] = useState<BookingDraft>(() => initialDraft(pointCode, prefill))
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<BookingView | null>(null)
  const attempted = useRef(false)
  const inFlight = useRef(false)

  useEffect(() => {
    if (!result) bookingDrafts.save(pointCode, draft)
  }, [pointCode, draft, result])

  useEffect(() => {
    if (!attempted.current) return
    const checked = validate(draft)
    setFieldErrors(checked.ok ? {} : checked.fields)
    if (checked.ok) setAlert((a) => (a === CHECK_FIELDS ? null : a))
  }, [draft])

  const setField = useCallback(<K extends keyof BookingFields>(key: K, value: BookingFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
  }, [])
  const pickDay = useCallback((date: string) => setDraft((d) => (d.date === date ? d : { ...d, date, slotId: '' })), [])

  const submit = async () => {
    if (inFlight.current) return
    attempted.current = true
    const checked = validate(draft)
    if (!checked.ok) {
      setFieldErrors(checked.fields)
      return setAlert(checked.fields.slotId ? '请先选择一个时段' : CHECK_FIELDS)
    }
    // asked inside the tap, before any await (预约成功, a change by the office, the
    // reminder), and answered before the booking is made: 预约成功 is sent at once and
    // needs the allowance the resident gives here to reach WeChat
    const consent = askForNotices(NOTICES_ON.booking)
    inFlight.current = true
    setSubmitting(true)
    setAlert(null)
    await consent
    const reply = await callResident(checked.value)
    inFlight.current = false
    setSubmitting(false)
    if (reply.ok) {
      bookingDrafts.clear(pointCode)
      setResult(reply.data)
      return
    }
    if (reply.error.code === 'CONFLICT') {
      // that slot is gone: choose again; a new choice is a new booking
      setDraft((d) => ({ ...d, slotId: '', requestId: emptyBookingDraft().requestId }))
      void slots.reload()
    }
    setAlert(reply.error.code === 'NETWORK' ? `${reply.error.message}。您填写的内容已保存，可以再次提交。` : reply.error.message)
  }

  const again = () => {
    attempted.current = false
    setResult(null)
    setDraft({ ...initialDraft(pointCode), category: draft.category })
    void slots.reload()
  }

  return { slots, draft, fieldErrors, alert, submitting, result, setField, pickDay, submit, again }
}

export type BookingFormModel = ReturnType<typeof useBookingForm>
