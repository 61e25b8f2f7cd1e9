import { useCallback } from 'react'
import { BOOKING_LIST_DAYS } from '../../../domain/booking/rules'
import { parseWith } from '../../../domain/kernel/validation'
import { bookingResidentEventSchemas } from '../../../domain/booking/schemas'
import { callResident } from '../../api'
import { CHECK_FIELDS, useDraftForm } from '../../hooks/useDraftForm'
import { useLoad } from '../../hooks/useLoad'
import { bookingDrafts, emptyBookingDraft, type BookingDraft } from '../../lib/bookingDraft'
import { lastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

/** What 重新预约 brings along: the matter of the booking the office cancelled. */
export interface BookingPrefill {
  category?: string
  topic?: string
  /** the day asked for (a leader's reception on the 接访公示) */
  date?: string
}

/** The draft from storage (with what 重新预约 brings); empty contact fields filled from the contact this phone remembers. */
function initialDraft(pointCode: string, prefill: BookingPrefill = {}): BookingDraft {
  const stored = bookingDrafts.load(pointCode)
  const draft = { ...stored, category: prefill.category ?? stored.category, topic: prefill.topic ?? stored.topic }
  // another day asked for: its slots, not the one picked before
  if (prefill.date && prefill.date !== stored.date) Object.assign(draft, { date: prefill.date, slotId: '' })
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
  const form = useDraftForm({
    key: pointCode,
    store: bookingDrafts,
    initial: () => initialDraft(pointCode, prefill),
    validate,
    invalid: (fields) => (fields.slotId ? '请先选择一个时段' : CHECK_FIELDS),
    // asked inside the tap, before any await (预约成功, a change by the office, the
    // reminder), and answered before the booking is made: 预约成功 is sent at once and
    // needs the allowance the resident gives here to reach WeChat
    beforeSend: () => askForNotices(NOTICES_ON.booking),
    send: (event) => callResident(event),
    onError: (error) => {
      if (error.code !== 'CONFLICT') return
      // that slot is gone: choose again; a new choice is a new booking
      setDraft((d) => ({ ...d, slotId: '', requestId: emptyBookingDraft().requestId }))
      void slots.reload()
    },
  })
  const { draft, setDraft, setField, fieldErrors, alert, submitting, result } = form
  const pickDay = useCallback((date: string) => setDraft((d) => (d.date === date ? d : { ...d, date, slotId: '' })), [setDraft])
  const submit = () => form.submit()

  const again = () => {
    form.again({ ...initialDraft(pointCode), category: draft.category })
    void slots.reload()
  }

  return { slots, draft, fieldErrors, alert, submitting, result, setField, pickDay, submit, again }
}

export type BookingFormModel = ReturnType<typeof useBookingForm>
