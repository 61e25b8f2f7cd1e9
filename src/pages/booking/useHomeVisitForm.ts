import { checkPreferredDates } from '../../../domain/booking/home-visits'
import { parseWith } from '../../../domain/kernel/validation'
import { bookingResidentEventSchemas } from '../../../domain/booking/schemas'
import { callResident } from '../../api'
import { useDraftForm } from '../../hooks/useDraftForm'
import { bookingDrafts } from '../../lib/bookingDraft'
import { homeVisitDrafts, type HomeVisitDraft } from '../../lib/homeVisitDraft'
import { lastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

/**
 * The draft from storage (with the topic 重新申请 brings); name, phone and address, when
 * empty, from the booking form of this point or the contact this phone remembers.
 */
function initialDraft(pointCode: string, topic?: string): HomeVisitDraft {
  const draft = homeVisitDrafts.load(pointCode)
  if (topic) draft.topic = topic
  const booking = bookingDrafts.load(pointCode)
  const last = lastContact.get()
  return {
    ...draft,
    name: draft.name || booking.name || last?.name || '',
    phone: draft.phone || booking.phone || last?.phone || '',
    address: draft.address || booking.address || last?.address || '',
  }
}

const toEvent = (pointCode: string, d: HomeVisitDraft) => ({
  action: 'homeVisit.request' as const,
  requestId: d.requestId,
  pointCode,
  address: d.address,
  topic: d.topic,
  preferred: { dates: d.dates, time: d.time },
  contact: { name: d.name, phone: d.phone },
})

function validate(pointCode: string, d: HomeVisitDraft) {
  const parsed = parseWith(bookingResidentEventSchemas['homeVisit.request'], toEvent(pointCode, d))
  const dates = checkPreferredDates(d.dates, new Date())
  if (dates.ok) return parsed
  const fields = { ...(parsed.ok ? {} : parsed.fields), 'preferred.dates': dates.message }
  return { ok: false as const, message: dates.message, fields }
}

/** 申请上门走访: the draft (kept on every change, with its requestId), checks, one request at a time. */
export function useHomeVisitForm(pointCode: string, topic?: string) {
  const form = useDraftForm({
    key: pointCode,
    store: homeVisitDrafts,
    initial: () => initialDraft(pointCode, topic),
    validate: (d: HomeVisitDraft) => validate(pointCode, d),
    // inside the tap, before any await: the resident is told when a cadre sets the date
    beforeSend: () => void askForNotices(NOTICES_ON.booking),
    send: (event) => callResident(event),
  })
  const { draft, setField, fieldErrors, alert, submitting, result } = form
  const submit = () => form.submit()
  const again = () => form.again(initialDraft(pointCode)) // the stored draft was cleared: a fresh requestId

  return { draft, fieldErrors, alert, submitting, result, setField, submit, again }
}

export type HomeVisitFormModel = ReturnType<typeof useHomeVisitForm>
