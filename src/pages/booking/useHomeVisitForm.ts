import { useCallback, useEffect, useRef, useState } from 'react'
import { bookingResidentEventSchemas } from '../../../domain/booking/schemas'
import type { HomeVisitView } from '../../../domain/booking/home-visits-api'
import { checkPreferredDates } from '../../../domain/booking/home-visits'
import { parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import { bookingDrafts } from '../../lib/bookingDraft'
import { homeVisitDrafts, type HomeVisitDraft } from '../../lib/homeVisitDraft'
import { lastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

export type HomeVisitFields = Omit<HomeVisitDraft, 'requestId'>

const CHECK_FIELDS = '有几处需要修改，请看标红的提示'

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
  const [draft, setDraft] = useState<HomeVisitDraft>(() => initialDraft(pointCode, topic))
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<HomeVisitView | null>(null)
  const attempted = useRef(false)
  const inFlight = useRef(false)

  useEffect(() => {
    if (!result) homeVisitDrafts.save(pointCode, draft)
  }, [pointCode, draft, result])

  useEffect(() => {
    if (!attempted.current) return
    const checked = validate(pointCode, draft)
    setFieldErrors(checked.ok ? {} : checked.fields)
    if (checked.ok) setAlert((a) => (a === CHECK_FIELDS ? null : a))
  }, [pointCode, draft])

  const setField = useCallback(<K extends keyof HomeVisitFields>(key: K, value: HomeVisitFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
  }, [])

  const submit = async () => {
    if (inFlight.current) return
    attempted.current = true
    const checked = validate(pointCode, draft)
    if (!checked.ok) {
      setFieldErrors(checked.fields)
      return setAlert(CHECK_FIELDS)
    }
    // inside the tap, before any await: the resident is told when a cadre sets the date
    void askForNotices(NOTICES_ON.booking)
    inFlight.current = true
    setSubmitting(true)
    setAlert(null)
    const reply = await callResident(checked.value)
    inFlight.current = false
    setSubmitting(false)
    if (reply.ok) {
      homeVisitDrafts.clear(pointCode)
      setResult(reply.data)
      return
    }
    setAlert(reply.error.code === 'NETWORK' ? `${reply.error.message}。您填写的内容已保存，可以再次提交。` : reply.error.message)
  }

  const again = () => {
    attempted.current = false
    setResult(null)
    setDraft(initialDraft(pointCode)) // the stored draft was cleared: a fresh requestId
  }

  return { draft, fieldErrors, alert, submitting, result, setField, submit, again }
}

export type HomeVisitFormModel = ReturnType<typeof useHomeVisitForm>
