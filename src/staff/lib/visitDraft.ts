import { newRequestId } from '../../lib/randomId'
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage'

/**
 * Drafts of the 民情日记 forms, kept on this phone while the cadre types: the diary entry
 * being written, and the matter being registered from a visit. Each keeps its requestId,
 * so a retry after a lost answer saves one entry, not two.
 */
export interface VisitDraft {
  requestId: string
  pointCode: string
  form: string
  visitedAt: string
  address: string
  met: string
  heard: string
  difficulties: string
  done: string
  follows: string[]
  /** 包片: the area looked in, the household picked from it, or a new household to add there */
  area: string
  householdId: string
  addNew: boolean
  newHead: string
  newMembers: string
}

export interface ToItemDraft {
  requestId: string
  category: string
  content: string
  name: string
  phone: string
  address: string
}

const VISIT_KEY = 'shuoshi.visitDraft'
const toItemKey = (visitId: string) => `shuoshi.visitToItemDraft.${visitId}`
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const requestIdOf = (v: unknown) => (REQUEST_ID.test(str(v)) ? str(v) : newRequestId())

export const emptyVisitDraft = (): VisitDraft => ({
  requestId: newRequestId(),
  pointCode: '',
  form: '',
  visitedAt: '',
  address: '',
  met: '',
  heard: '',
  difficulties: '',
  done: '',
  follows: [],
  area: '',
  householdId: '',
  addNew: false,
  newHead: '',
  newMembers: '',
})

export const visitDrafts = {
  load(): VisitDraft {
    const s = readStored(VISIT_KEY, isRecord)
    if (!s) return emptyVisitDraft()
    return {
      requestId: requestIdOf(s.requestId),
      pointCode: str(s.pointCode),
      form: str(s.form),
      visitedAt: str(s.visitedAt),
      address: str(s.address),
      met: str(s.met),
      heard: str(s.heard),
      difficulties: str(s.difficulties),
      done: str(s.done),
      follows: Array.isArray(s.follows) ? s.follows.filter((f): f is string => typeof f === 'string') : [],
      area: str(s.area),
      householdId: str(s.householdId),
      addNew: s.addNew === true,
      newHead: str(s.newHead),
      newMembers: str(s.newMembers),
    }
  },
  save: (draft: VisitDraft) => writeStored(VISIT_KEY, draft),
  clear: () => removeStored(VISIT_KEY),
}

export const toItemDrafts = {
  /** the stored draft, or a new one filled from the visit */
  load(visitId: string, start: Omit<ToItemDraft, 'requestId'>): ToItemDraft {
    const s = readStored(toItemKey(visitId), isRecord)
    if (!s) return { requestId: newRequestId(), ...start }
    return {
      requestId: requestIdOf(s.requestId),
      category: str(s.category),
      content: str(s.content),
      name: str(s.name),
      phone: str(s.phone),
      address: str(s.address),
    }
  },
  save: (visitId: string, draft: ToItemDraft) => writeStored(toItemKey(visitId), draft),
  clear: (visitId: string) => removeStored(toItemKey(visitId)),
}
