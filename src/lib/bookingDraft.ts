import { newRequestId } from './randomId'
import { isRecord, readStored, removeStored, writeStored } from './storage'

/**
 * The 预约说事 form as the resident left it, per talk point. The requestId stays with the
 * draft, so a retry after a lost answer makes one booking, not two.
 */
export interface BookingDraft {
  requestId: string
  date: string
  slotId: string
  category: string
  topic: string
  name: string
  phone: string
  address: string
}

const keyFor = (pointCode: string) => `shuoshi.bookingDraft.${pointCode}`
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

export const emptyBookingDraft = (): BookingDraft => ({
  requestId: newRequestId(),
  date: '',
  slotId: '',
  category: '',
  topic: '',
  name: '',
  phone: '',
  address: '',
})

export const bookingDrafts = {
  load(pointCode: string): BookingDraft {
    const s = readStored(keyFor(pointCode), isRecord)
    if (!s) return emptyBookingDraft()
    const requestId = str(s.requestId)
    return {
      requestId: REQUEST_ID.test(requestId) ? requestId : newRequestId(),
      date: str(s.date),
      slotId: str(s.slotId),
      category: str(s.category),
      topic: str(s.topic),
      name: str(s.name),
      phone: str(s.phone),
      address: str(s.address),
    }
  },
  save(pointCode: string, draft: BookingDraft): void {
    writeStored(keyFor(pointCode), draft)
  },
  clear(pointCode: string): void {
    removeStored(keyFor(pointCode))
  },
}
