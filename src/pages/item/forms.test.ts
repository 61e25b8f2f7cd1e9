import { describe, expect, it } from 'vitest'
import { matterResidentEventSchemas } from '../../../domain/matters/schemas'
import { parseWith } from '../../../domain/kernel/validation'
import { emptyRateForm, toRateEvent } from './forms'

const schema = matterResidentEventSchemas['item.rate']

describe('toRateEvent', () => {
  it('names each unanswered question', () => {
    const checked = parseWith(schema, toRateEvent('item1', emptyRateForm()))
    expect(checked).toMatchObject({ ok: false, fields: { level: '请选择满意程度', solved: '请选择问题是否解决' } })
  })

  it('needs an opinion for 不满意, and a blank one is none', () => {
    const checked = parseWith(schema, toRateEvent('item1', { level: 'unsatisfied', solved: false, opinion: '   ' }))
    expect(checked).toMatchObject({ ok: false, fields: { opinion: '选择“不满意”时请写下您的意见' } })
  })

  it('passes a complete rating; 未解决 is an answer too', () => {
    expect(parseWith(schema, toRateEvent('item1', { level: 'basic', solved: false, opinion: '' }))).toMatchObject({
      ok: true,
      value: { action: 'item.rate', id: 'item1', level: 'basic', solved: false },
    })
  })

  it('asks to make it public only when the resident says so', () => {
    expect(toRateEvent('item1', emptyRateForm())).not.toHaveProperty('public')
    const chosen = parseWith(schema, toRateEvent('item1', { level: 'satisfied', solved: true, opinion: '', public: true }))
    expect(chosen).toMatchObject({ ok: true, value: { public: true } })
  })
})
