import { useCallback, useEffect, useRef, useState } from 'react'
import type { SubmitResult } from '../../../domain/matters/api'
import { itemDraftSchema } from '../../../domain/matters/schemas'
import { parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import { usePhotoUploads, type SetPhotos } from '../../components/PhotoPicker/usePhotoUploads'
import { drafts, toItemDraft, type FormDraft } from '../../lib/draft'
import { lastContact, type LastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

export type { PendingPhoto } from '../../components/PhotoPicker/usePhotoUploads'

export type DraftFields = Omit<FormDraft, 'requestId' | 'photos'>

const validate = (draft: FormDraft) => parseWith(itemDraftSchema, toItemDraft(draft))

const CHECK_FIELDS = '有几处需要修改，请看标红的提示'

/**
 * The registration form's state: the draft (kept in storage on every change), photo
 * uploads, validation and the one-at-a-time submission.
 */
export function useSubmitForm(pointCode: string) {
  const [draft, setDraft] = useState<FormDraft>(() => drafts.load(pointCode))
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<SubmitResult | null>(null)
  const attempted = useRef(false)
  const inFlight = useRef(false)

  useEffect(() => {
    if (!result) drafts.save(pointCode, draft)
  }, [pointCode, draft, result])

  // Once the resident has tried to submit, the messages follow the corrections live.
  useEffect(() => {
    if (!attempted.current) return
    const checked = validate(draft)
    setFieldErrors(checked.ok ? {} : checked.fields)
    if (checked.ok) setAlert((current) => (current === CHECK_FIELDS ? null : current))
  }, [draft])

  const setField = useCallback(<K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
  }, [])

  const fillContact = useCallback((c: LastContact) => {
    setDraft((d) => ({ ...d, name: c.name, phone: c.phone, address: c.address, workUnit: d.workUnit || c.workUnit }))
  }, [])

  const setPhotos: SetPhotos = useCallback((update) => setDraft((d) => ({ ...d, photos: update(d.photos) })), [])
  const photos = usePhotoUploads(draft.photos, setPhotos)
  const { pending } = photos

  const submit = async () => {
    if (inFlight.current) return
    attempted.current = true
    if (photos.uploading) return setAlert('照片还在上传，请稍等片刻再提交')
    if (pending.length > 0) return setAlert('有照片没有传上去，请点“重试”，或删除后再提交')
    const checked = validate(draft)
    if (!checked.ok) {
      setFieldErrors(checked.fields)
      return setAlert(CHECK_FIELDS)
    }
    // still inside the tap, before any await; the submission does not wait for the answer
    void askForNotices(NOTICES_ON.submit)
    inFlight.current = true
    setSubmitting(true)
    setAlert(null)
    // The same draft always carries the same requestId: a retry is registered at most once.
    const reply = await callResident({ action: 'item.submit', requestId: draft.requestId, pointCode, ...checked.value })
    inFlight.current = false
    setSubmitting(false)
    if (reply.ok) {
      drafts.clear(pointCode)
      const { name, phone, address, workUnit } = draft
      lastContact.set({ name: name.trim(), phone: phone.trim(), address: address.trim(), workUnit: workUnit.trim() })
      setResult(reply.data)
    } else {
      setAlert(reply.error.code === 'NETWORK' ? `${reply.error.message}。您填写的内容已保存，可以再次提交。` : reply.error.message)
    }
  }

  return {
    draft,
    pending,
    fieldErrors,
    alert,
    submitting,
    result,
    canAddPhoto: photos.canAdd,
    setField,
    fillContact,
    addPhotos: photos.addPhotos,
    retryPhoto: photos.retryPhoto,
    removePhoto: photos.removePhoto,
    submit,
  }
}

export type SubmitFormModel = ReturnType<typeof useSubmitForm>
