import { MAX_PHOTOS } from '../../domain/schemas'
import type { DraftPhoto } from './draftShape'
import { isRecord } from './storage-guards'

/** What a resident is adding to one of their matters (补充情况), kept until it is sent. */
export interface SupplementDraft {
  content: string
  photos: DraftPhoto[]
}

export const emptySupplement = (): SupplementDraft => ({ content: '', photos: [] })

export const isEmptySupplement = (draft: SupplementDraft) => draft.content.trim() === '' && draft.photos.length === 0

function toPhoto(value: unknown): DraftPhoto | null {
  if (!isRecord(value) || typeof value.fileID !== 'string' || value.fileID === '') return null
  return { fileID: value.fileID, localPath: typeof value.localPath === 'string' ? value.localPath : '' }
}

/** Reads back a stored supplement draft, trusting nothing about its shape. */
export function supplementFromStored(value: Record<string, unknown>): SupplementDraft {
  const photos = Array.isArray(value.photos) ? value.photos.map(toPhoto).filter((p): p is DraftPhoto => p !== null) : []
  return { content: typeof value.content === 'string' ? value.content : '', photos: photos.slice(0, MAX_PHOTOS) }
}

/**
 * The event `residentEventSchemas['item.supplement']` checks: the text only when there is
 * some (blank is no text), the photos only when there are any.
 */
export function toSupplementEvent(itemId: string, draft: SupplementDraft) {
  return {
    action: 'item.supplement' as const,
    id: itemId,
    ...(draft.content.trim() ? { content: draft.content } : {}),
    ...(draft.photos.length > 0 ? { photos: draft.photos.map((p) => p.fileID) } : {}),
  }
}
