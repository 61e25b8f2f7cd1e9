import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SubmitResult } from '../../../domain/api'
import { itemDraftSchema, MAX_PHOTOS } from '../../../domain/schemas'
import { parseWith, type FieldErrors } from '../../../domain/validation'
import { callResident, uploadPhoto } from '../../api'
import { drafts, toItemDraft, type FormDraft } from '../../lib/draft'
import { randomId } from '../../lib/randomId'

/** A photo on its way to cloud storage, or one that did not get there. */
export interface PendingPhoto {
  key: string
  localPath: string
  status: 'uploading' | 'failed'
  progress: number
  error?: string
}

export type DraftFields = Omit<FormDraft, 'requestId' | 'photos'>

const validate = (draft: FormDraft) => parseWith(itemDraftSchema, toItemDraft(draft))

const CHECK_FIELDS = '有几处需要修改，请看标红的提示'

/**
 * The registration form's state: the draft (kept in storage on every change), photo
 * uploads, validation and the one-at-a-time submission.
 */
export function useSubmitForm(pointCode: string) {
  const [draft, setDraft] = useState<FormDraft>(() => drafts.load(pointCode))
  const [pending, setPending] = useState<PendingPhoto[]>([])
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

  const patchPending = (key: string, patch: Partial<PendingPhoto>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))

  const upload = (localPath: string, key: string) => {
    setPending((list) => [...list.filter((p) => p.key !== key), { key, localPath, status: 'uploading', progress: 0 }])
    uploadPhoto(localPath, (progress) => patchPending(key, { progress }))
      .then((fileID) => {
        setPending((list) => list.filter((p) => p.key !== key))
        setDraft((d) => ({ ...d, photos: [...d.photos, { fileID, localPath }].slice(0, MAX_PHOTOS) }))
      })
      .catch((e: unknown) => patchPending(key, { status: 'failed', error: e instanceof Error ? e.message : undefined }))
  }

  const room = MAX_PHOTOS - draft.photos.length - pending.length

  const addPhotos = async () => {
    if (room <= 0) return
    let paths: string[]
    try {
      const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      paths = chosen.tempFilePaths.slice(0, room)
    } catch {
      return // the resident cancelled
    }
    for (const path of paths) upload(path, randomId(10))
  }

  const retryPhoto = (key: string) => {
    const photo = pending.find((p) => p.key === key)
    if (photo) upload(photo.localPath, key)
  }

  const removePhoto = (keyOrFileID: string) => {
    setPending((list) => list.filter((p) => p.key !== keyOrFileID))
    setDraft((d) => ({ ...d, photos: d.photos.filter((p) => p.fileID !== keyOrFileID) }))
  }

  const submit = async () => {
    if (inFlight.current) return
    attempted.current = true
    if (pending.some((p) => p.status === 'uploading')) return setAlert('照片还在上传，请稍等片刻再提交')
    if (pending.length > 0) return setAlert('有照片没有传上去，请点“重试”，或删除后再提交')
    const checked = validate(draft)
    if (!checked.ok) {
      setFieldErrors(checked.fields)
      return setAlert(CHECK_FIELDS)
    }
    inFlight.current = true
    setSubmitting(true)
    setAlert(null)
    // The same draft always carries the same requestId: a retry is registered at most once.
    const reply = await callResident({ action: 'item.submit', requestId: draft.requestId, pointCode, ...checked.value })
    inFlight.current = false
    setSubmitting(false)
    if (reply.ok) {
      drafts.clear(pointCode)
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
    canAddPhoto: room > 0,
    setField,
    addPhotos,
    retryPhoto,
    removePhoto,
    submit,
  }
}

export type SubmitFormModel = ReturnType<typeof useSubmitForm>
