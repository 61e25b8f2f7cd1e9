import type { VisitTime } from '../../domain/booking/home-visits'
import { newRequestId } from './randomId'
import { isRecord, readStored, removeStored, writeStored } from './storage'

/**
 * The 上门走访 form as the resident left it, per talk point, with its requestId (a retry
 * after a lost answer makes one request, not two).
 */
export interface HomeVisitDraft {
  requestId: string
  address: string
  topic: string
  dates: string[]
  time: VisitTime | ''
  name: string
  phone: string
}

const keyFor = (pointCode: string) => `shuoshi.homeVisitDraft.${pointCode}`
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/
const YMD = /^\d{4}-\d{2}-\d{2}$/
const TIMES: readonly string[] = ['am', 'pm', 'any']

export const emptyHomeVisitDraft = (): HomeVisitDraft => ({ requestId: newRequestId(), address: '', topic: '', dates: [], time: '', name: '', phone: '' })

export const homeVisitDrafts = {
  load(pointCode: string): HomeVisitDraft {
    const s = readStored(keyFor(pointCode), isRecord)
    if (!s) return emptyHomeVisitDraft()
    const requestId = str(s.requestId)
    const time = str(s.time)
    return {
      requestId: REQUEST_ID.test(requestId) ? requestId : newRequestId(),
      address: str(s.address),
      topic: str(s.topic),
      dates: Array.isArray(s.dates) ? s.dates.filter((d): d is string => typeof d === 'string' && YMD.test(d)).slice(0, 3) : [],
      time: TIMES.includes(time) ? (time as VisitTime) : '',
      name: str(s.name),
      phone: str(s.phone),
    }
  },
  save(pointCode: string, draft: HomeVisitDraft): void {
    writeStored(keyFor(pointCode), draft)
  },
  clear(pointCode: string): void {
    removeStored(keyFor(pointCode))
  },
}
