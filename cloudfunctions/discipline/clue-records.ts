/**
 * A 违纪线索 as stored in `discipline` (its own collection: nothing of it is written on a
 * matter, a point or any record a point's staff read), and the views its filer and its
 * receivers get.
 */
import type { ClueFilerView, ClueListEntry, ClueReceiverView } from '../../domain/discipline/api'
import { canStep, CLUE_STATE_LABELS, type ClueState, type ClueStep } from '../../domain/discipline/steps'
import { toChinaIso } from '../../domain/kernel/time'
import type { CloudPort } from '../kernel/port'
import { reader } from '../kernel/reads'
import { photoViews } from '../matters/item-view'

export type ClueAbout = { text: string } | { staff: string; name: string }

export interface ClueStepRecord {
  step: 'file' | ClueStep
  at: Date
  by: string
  byName: string
}

export interface ClueRecord {
  _id: string
  requestId: string
  filer: string
  filedAs: 'resident' | 'staff'
  /** a staff filer's name; a resident is known by their openid alone */
  filerName: string | null
  pointCode: string
  pointName: string
  /** the node it was routed to (domain/discipline/routing.ts) and its name */
  node: string
  nodeName: string
  about: ClueAbout
  content: string
  photos: string[]
  state: ClueState
  reply: string | null
  repliedAt: Date | null
  steps: ClueStepRecord[]
  filedAt: Date
  updatedAt: Date
}

const clues = reader<ClueRecord>('discipline', { filer: 'string', node: 'string', content: 'string', state: 'string', about: 'object', photos: 'array', steps: 'array', filedAt: 'date' })
export const asClue = clues.one
export const asClues = clues.all

const aboutText = (a: ClueAbout) => ('staff' in a ? a.name : a.text)
const STEP_LABELS: Record<ClueStepRecord['step'], string> = { file: '报送', ack: '接收', reply: '答复反映人', close: '办结' }

export async function toFilerView(cloud: CloudPort, c: ClueRecord): Promise<ClueFilerView> {
  return {
    id: c._id,
    state: c.state,
    stateLabel: CLUE_STATE_LABELS[c.state],
    receiver: c.nodeName,
    about: aboutText(c.about),
    content: c.content,
    photos: await photoViews(cloud, c.photos),
    filedAt: toChinaIso(c.filedAt),
    reply: c.reply,
    repliedAt: c.repliedAt ? toChinaIso(c.repliedAt) : null,
  }
}

export const toListEntry = (c: ClueRecord): ClueListEntry => ({
  id: c._id,
  state: c.state,
  stateLabel: CLUE_STATE_LABELS[c.state],
  pointName: c.pointName,
  about: aboutText(c.about),
  excerpt: [...c.content].slice(0, 40).join(''),
  filedAt: toChinaIso(c.filedAt),
})

export async function toReceiverView(cloud: CloudPort, c: ClueRecord): Promise<ClueReceiverView> {
  return {
    ...toListEntry(c),
    nodeName: c.nodeName,
    content: c.content,
    photos: await photoViews(cloud, c.photos),
    filer: { kind: c.filedAs === 'staff' ? '工作人员' : '居民', name: c.filerName, openid: c.filer },
    reply: c.reply,
    steps: c.steps.map((s) => ({ label: STEP_LABELS[s.step], at: toChinaIso(s.at), by: s.byName })),
    can: { 'discipline.ack': canStep(c.state, 'ack'), 'discipline.reply': canStep(c.state, 'reply'), 'discipline.close': canStep(c.state, 'close') },
  }
}
