import { CATEGORIES, type Category } from '../../domain/matters/categories'
import { MAX_PHOTOS } from '../../domain/matters/schemas'
import { newRequestId } from './randomId'
import { isRecord } from './storage-guards'

/** A photo already in cloud storage; localPath is only for the thumbnail and may have expired. */
export interface DraftPhoto {
  fileID: string
  localPath: string
}

/** What the registration form holds, kept in storage on every change. */
export interface FormDraft {
  /** Made once per draft; a retry of the same draft sends the same id, so the server registers it once. */
  requestId: string
  category: Category | ''
  content: string
  name: string
  phone: string
  address: string
  workUnit: string
  photos: DraftPhoto[]
}

export function emptyDraft(): FormDraft {
  return { requestId: newRequestId(), category: '', content: '', name: '', phone: '', address: '', workUnit: '', photos: [] }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

function toPhoto(value: unknown): DraftPhoto | null {
  if (!isRecord(value) || typeof value.fileID !== 'string' || value.fileID === '') return null
  return { fileID: value.fileID, localPath: str(value.localPath) }
}

/** Reads back a stored draft, trusting nothing about its shape. */
export function fromStored(value: Record<string, unknown>): FormDraft {
  const category = (CATEGORIES as readonly string[]).includes(str(value.category)) ? (value.category as Category) : ''
  const photos = Array.isArray(value.photos) ? value.photos.map(toPhoto).filter((p): p is DraftPhoto => p !== null) : []
  return {
    requestId: /^[A-Za-z0-9_-]{16,64}$/.test(str(value.requestId)) ? str(value.requestId) : newRequestId(),
    category,
    content: str(value.content),
    name: str(value.name),
    phone: str(value.phone),
    address: str(value.address),
    workUnit: str(value.workUnit),
    photos: photos.slice(0, MAX_PHOTOS),
  }
}

/** The draft in the shape `itemDraftSchema` checks: optional parts left out when empty. */
export function toItemDraft(draft: FormDraft) {
  const workUnit = draft.workUnit.trim()
  return {
    category: draft.category,
    content: draft.content,
    contact: {
      name: draft.name,
      phone: draft.phone,
      address: draft.address,
      ...(workUnit ? { workUnit } : {}),
    },
    ...(draft.photos.length > 0 ? { photos: draft.photos.map((p) => p.fileID) } : {}),
  }
}
