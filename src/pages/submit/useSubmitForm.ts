import { useCallback } from 'react'
import { itemDraftSchema } from '../../../domain/matters/schemas'
import { parseWith } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import { useDraftForm } from '../../hooks/useDraftForm'
import { usePhotoUploads, type SetPhotos } from '../../components/PhotoPicker/usePhotoUploads'
import { drafts, toItemDraft, type FormDraft } from '../../lib/draft'
import { lastContact, type LastContact } from '../../lib/lastContact'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'

export type { PendingPhoto } from '../../components/PhotoPicker/usePhotoUploads'

const validate = (draft: FormDraft) => parseWith(itemDraftSchema, toItemDraft(draft))

/**
 * The registration form's state: the draft (kept in storage on every change), photo
 * uploads, validation and the one-at-a-time submission.
 */
export function useSubmitForm(pointCode: string) {
  const form = useDraftForm({
    key: pointCode,
    store: drafts,
    initial: () => drafts.load(pointCode),
    validate,
    // still inside the tap, before any await; the submission does not wait for the answer
    beforeSend: () => void askForNotices(NOTICES_ON.submit),
    send: (event, draft) => callResident({ action: 'item.submit', requestId: draft.requestId, pointCode, ...event }),
    onSent: (_, { name, phone, address, workUnit }) =>
      lastContact.set({ name: name.trim(), phone: phone.trim(), address: address.trim(), workUnit: workUnit.trim() }),
  })
  const { draft, setDraft, setField, fieldErrors, alert, submitting, result } = form

  const fillContact = useCallback(
    (c: LastContact) => setDraft((d) => ({ ...d, name: c.name, phone: c.phone, address: c.address, workUnit: d.workUnit || c.workUnit })),
    [setDraft],
  )

  const setPhotos: SetPhotos = useCallback((update) => setDraft((d) => ({ ...d, photos: update(d.photos) })), [setDraft])
  const photos = usePhotoUploads(draft.photos, setPhotos)
  const { pending } = photos

  const submit = () => {
    if (photos.uploading) return form.submit('照片还在上传，请稍等片刻再提交')
    if (pending.length > 0) return form.submit('有照片没有传上去，请点“重试”，或删除后再提交')
    return form.submit()
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
