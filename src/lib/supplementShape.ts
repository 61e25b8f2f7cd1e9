import { MAX_PHOTOS } from '../../domain/matters/schemas'
import type { DraftPhoto } from './draftShape'
import { newRequestId } from './randomId'
import { isRecord } from './storage-guards'

const REQUEST_ID = /^[A-Za-z0-9_-]{16,64}$/

/** What a resident is adding to one of their matters (补充情况), kept until it is sent. */
export interface SupplementDraft {
  /** made with the draft and kept until it is sent: a retry adds nothing twice */
  requestId: string
  content: string
  photos: DraftPhoto[]
}

export const emptySupplement = (): SupplementDraft => ({ requestId: newRequestId(), content: '', photos: [] })

export const isEmptySupplement = (draft: SupplementDraft) => draft.content.trim() === '' && draft.photos.length === 0

function toPhoto(value: unknown): DraftPhoto | null {
  if (!isRecord(value) || typeof value.fileID !== 'string' || value.fileID === '') return null
  return { fileID: value.fileID, localPath: typeof value.localPath === 'string' ? value.localPath : '' }
}

/** Reads back a stored supplement draft, trusting nothing about its shape. */
export function supplementFromStored(value: Record<string, unknown>): SupplementDraft {
  const photos = Array.isArray(value.photos) ? value.photos.map(toPhoto).filter((p): p is DraftPhoto => p !== null) : []
  return {
    requestId: typeof value.requestId === 'string' && REQUEST_ID.test(value.requestId) ? value.requestId : newRequestId(),
    content: typeof value.content === 'string' ? value.content : '',
    photos: photos.slice(0, MAX_PHOTOS),
  }
}

/**
 * The event `matterResidentEventSchemas['item.supplement']` checks: the text only when there is
 * some (blank is no text), the photos only when there are any.
 */
export function toSupplementEvent(itemId: string, draft: SupplementDraft) {
  return {
    action: 'item.supplement' as const,
    id: itemId,
    requestId: draft.requestId,
    ...(draft.content.trim() ? { content: draft.content } : {}),
    ...(draft.photos.length > 0 ? { photos: draft.photos.map((p) => p.fileID) } : {}),
  }
}
