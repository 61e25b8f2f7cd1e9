import { useCallback, useEffect, useRef, useState } from 'react'
import { matterResidentEventSchemas, MAX_PHOTOS } from '../../../domain/matters/schemas'
import { parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import { usePhotoUploads, type SetPhotos } from '../../components/PhotoPicker/usePhotoUploads'
import { emptySupplement, isEmptySupplement, supplementDrafts, toSupplementEvent, type SupplementDraft } from '../../lib/supplementDraft'
import type { ItemActions } from './useItemActions'

const validate = (itemId: string, draft: SupplementDraft) =>
  parseWith(matterResidentEventSchemas['item.supplement'], toSupplementEvent(itemId, draft))

/**
 * 补充情况: text and/or photos added to a matter. The draft is kept in storage per matter
 * on every change until it has been sent; a draft left from last time opens the form.
 */
export function useSupplementForm(itemId: string, actions: ItemActions) {
  const [draft, setDraft] = useState<SupplementDraft>(() => supplementDrafts.load(itemId))
  const [open, setOpen] = useState(() => !isEmptySupplement(draft))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [alert, setAlert] = useState<string | null>(null)
  const attempted = useRef(false)

  // an emptied draft (sent, or all cleared) leaves nothing behind
  useEffect(() => supplementDrafts.save(itemId, draft), [itemId, draft])

  useEffect(() => {
    if (!attempted.current) return
    const checked = validate(itemId, draft)
    setErrors(checked.ok ? {} : checked.fields)
    setAlert(checked.ok ? null : (checked.fields._ ?? null))
  }, [itemId, draft])

  const setContent = useCallback((content: string) => setDraft((d) => ({ ...d, content })), [])
  const setPhotos: SetPhotos = useCallback((update) => setDraft((d) => ({ ...d, photos: update(d.photos) })), [])
  const photos = usePhotoUploads(draft.photos, setPhotos, MAX_PHOTOS)

  const send = async () => {
    if (actions.busy) return
    attempted.current = true
    actions.clearError()
    if (photos.uploading) return setAlert('照片还在上传，请稍等片刻再发送')
    if (photos.failed) return setAlert('有照片没有传上去，请点“重试”，或删除后再发送')
    const checked = validate(itemId, draft)
    if (!checked.ok) {
      setErrors(checked.fields)
      // the text's and the photos' own messages show under them; the rest (nothing filled in) here
      return setAlert(checked.fields._ ?? null)
    }
    setErrors({})
    setAlert(null)
    const updated = await actions.run('supplement', () => callResident(checked.value), '补充已送达')
    if (!updated) return
    supplementDrafts.clear(itemId)
    photos.clearPending()
    attempted.current = false
    setDraft(emptySupplement())
    setOpen(false)
  }

  const close = () => {
    setOpen(false)
    setAlert(null)
  }

  const error = actions.errorOf('supplement')
  const networkNote = error?.code === 'NETWORK' ? `${error.message}。您填写的内容已保存，可以再次发送。` : null

  return {
    draft,
    open,
    errors,
    /** a local message (nothing filled in, photos not up yet) or the server's */
    alert: alert ?? networkNote ?? error ?? null,
    sending: actions.busy === 'supplement',
    locked: actions.busy !== null,
    photos,
    setContent,
    setOpen,
    close,
    send,
  }
}
