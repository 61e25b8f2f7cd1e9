/**
 * The steps of a 违纪线索: 已报送 (filed) → 已接收 (acknowledged) → 已答复 (replied: the
 * receivers answer the filer) → 已办结 (closed). A reply may be given again before it is
 * closed (a later answer replaces the earlier); nothing moves after closing.
 */
export const CLUE_STATES = ['filed', 'acknowledged', 'replied', 'closed'] as const
export type ClueState = (typeof CLUE_STATES)[number]
export type ClueStep = 'ack' | 'reply' | 'close'

export const CLUE_STATE_LABELS: Record<ClueState, string> = {
  filed: '已报送，待接收',
  acknowledged: '已接收，正在处理',
  replied: '已答复',
  closed: '已办结',
}

const FROM: Record<ClueStep, readonly ClueState[]> = {
  ack: ['filed'],
  reply: ['filed', 'acknowledged', 'replied'],
  close: ['replied'],
}
const TO: Record<ClueStep, ClueState> = { ack: 'acknowledged', reply: 'replied', close: 'closed' }

/** The state after the step, or the refusal (in Chinese) when it cannot be taken now. */
export function nextState(state: ClueState, step: ClueStep): ClueState | string {
  if (FROM[step].includes(state)) return TO[step]
  if (step === 'close') return state === 'closed' ? '这条线索已经办结' : '请先答复反映人，再办结'
  if (step === 'ack') return '这条线索已经接收过了'
  return '这条线索已经办结，不能再答复'
}

export const canStep = (state: ClueState, step: ClueStep) => FROM[step].includes(state)

/** The step was already taken as asked (a retried request, or a second receiver's 接收): nothing to write or tell. */
export function alreadyTaken(c: { state: ClueState; reply: string | null }, step: ClueStep, reply?: string): boolean {
  if (step === 'ack') return c.state !== 'filed'
  if (step === 'close') return c.state === 'closed'
  return c.state === 'replied' && c.reply === reply
}
