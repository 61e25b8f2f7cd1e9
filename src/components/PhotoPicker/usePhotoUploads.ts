import Taro from '@tarojs/taro'
import { useState } from 'react'
import { MAX_PHOTOS } from '../../../domain/matters/schemas'
import { uploadPhoto } from '../../api'
import type { DraftPhoto } from '../../lib/draftShape'
import { randomId } from '../../lib/randomId'

/** A photo on its way to cloud storage, or one that did not get there. */
export interface PendingPhoto {
  key: string
  localPath: string
  status: 'uploading' | 'failed'
  progress: number
  error?: string
}

/** Changes the list of uploaded photos; always given an updater, so late uploads never lose a change. */
export type SetPhotos = (update: (photos: DraftPhoto[]) => DraftPhoto[]) => void

/**
 * Photos chosen by the resident, each uploaded as soon as it is chosen. The uploaded ones
 * live with the caller (in its draft); the ones still on their way or failed live here.
 */
export function usePhotoUploads(photos: DraftPhoto[], setPhotos: SetPhotos, max = MAX_PHOTOS) {
  const [pending, setPending] = useState<PendingPhoto[]>([])

  const patchPending = (key: string, patch: Partial<PendingPhoto>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))

  const upload = (localPath: string, key: string) => {
    setPending((list) => [...list.filter((p) => p.key !== key), { key, localPath, status: 'uploading', progress: 0 }])
    uploadPhoto(localPath, (progress) => patchPending(key, { progress }))
      .then((fileID) => {
        setPending((list) => list.filter((p) => p.key !== key))
        setPhotos((list) => [...list, { fileID, localPath }].slice(0, max))
      })
      .catch((e: unknown) => patchPending(key, { status: 'failed', error: e instanceof Error ? e.message : undefined }))
  }

  const room = max - photos.length - pending.length

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
    setPhotos((list) => list.filter((p) => p.fileID !== keyOrFileID))
  }

  /** Forgets photos that never got uploaded (after the draft was sent). */
  const clearPending = () => setPending([])

  return {
    pending,
    canAdd: room > 0,
    uploading: pending.some((p) => p.status === 'uploading'),
    failed: pending.some((p) => p.status === 'failed'),
    addPhotos,
    retryPhoto,
    removePhoto,
    clearPending,
  }
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>
