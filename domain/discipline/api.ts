/** What the functions answer about 违纪线索. */
import type { PhotoView } from '../matters/api'
import type { ClueState } from './steps'

/** A staff member a filer may pick as whom the clue concerns. */
export interface CluePersonView {
  openid: string
  name: string
  /** 干部、领导… at this point or above it */
  roleLabel: string
}

/** The filer's own clue: its state and the receivers' reply, never who in the committee answered. */
export interface ClueFilerView {
  id: string
  state: ClueState
  stateLabel: string
  /** the level it went to, e.g. 青溪镇 */
  receiver: string
  about: string
  content: string
  photos: PhotoView[]
  filedAt: string
  reply: string | null
  repliedAt: string | null
}

export interface ClueListEntry {
  id: string
  state: ClueState
  stateLabel: string
  pointName: string
  about: string
  excerpt: string
  filedAt: string
}

export interface ClueStepView {
  label: string
  at: string
  by: string
}

/** A clue as its receivers read it: everything, and who filed it (shown to them only). */
export interface ClueReceiverView {
  id: string
  state: ClueState
  stateLabel: string
  nodeName: string
  pointName: string
  about: string
  content: string
  photos: PhotoView[]
  filer: { kind: '居民' | '工作人员'; name: string | null; openid: string }
  filedAt: string
  reply: string | null
  steps: ClueStepView[]
  can: { 'discipline.ack': boolean; 'discipline.reply': boolean; 'discipline.close': boolean }
}

export interface DisciplineResidentResponses {
  'discipline.file': ClueFilerView
  'discipline.people': { people: CluePersonView[] }
  'discipline.mine': { items: ClueFilerView[]; nextCursor: string | null }
}

export interface DisciplineStaffResponses {
  'discipline.file': ClueFilerView
  'discipline.people': { people: CluePersonView[] }
  'discipline.list': { items: ClueListEntry[]; nextCursor: string | null }
  'discipline.get': ClueReceiverView
  'discipline.ack': ClueReceiverView
  'discipline.reply': ClueReceiverView
  'discipline.close': ClueReceiverView
}
