import { describe, expect, it } from 'vitest'
import { alreadyTaken, CLUE_STATES, nextState, type ClueStep } from './steps'

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

  it('the same step again is already taken: 接收 once received, 办结 once closed, the same answer once given', () => {
    expect(alreadyTaken({ state: 'acknowledged', reply: null }, 'ack')).toBe(true)
    expect(alreadyTaken({ state: 'filed', reply: null }, 'ack')).toBe(false)
    expect(alreadyTaken({ state: 'closed', reply: 'x' }, 'close')).toBe(true)
    expect(alreadyTaken({ state: 'replied', reply: 'x' }, 'close')).toBe(false)
    expect(alreadyTaken({ state: 'replied', reply: '已核查' }, 'reply', '已核查')).toBe(true)
    expect(alreadyTaken({ state: 'replied', reply: '已核查' }, 'reply', '另一答复')).toBe(false)
  })
})
