import { describe, expect, it } from 'vitest'
import { CLUE_STATES, nextState, type ClueStep } from './steps'

describe('违纪线索: its steps', () => {
  it('filed → acknowledged → replied → closed; each step only from where it may be taken', () => {
    const table = Object.fromEntries(CLUE_STATES.map((s) => [s, (['ack', 'reply', 'close'] as ClueStep[]).map((step) => nextState(s, step))]))
    expect(table).toEqual({
      filed: ['acknowledged', 'replied', '请先答复反映人，再办结'],
      acknowledged: ['这条线索已经接收过了', 'replied', '请先答复反映人，再办结'],
      replied: ['这条线索已经接收过了', 'replied', 'closed'],
      closed: ['这条线索已经接收过了', '这条线索已经办结，不能再答复', '这条线索已经办结'],
    })
  })
})
