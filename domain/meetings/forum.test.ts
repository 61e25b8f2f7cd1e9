import { describe, expect, it } from 'vitest'
import { keptOpinions, opinionsProblem, type Opinion } from './forum'

const o = (what: string, itemId: string | null = null): Opinion => ({ who: '', what, category: '基础设施', itemId, no: itemId ? `XD01-${itemId}` : null })

describe('座谈会 opinions', () => {
  it('an opinion turned into a matter stays where it is and as it is; the others may change', () => {
    const before = [o('路灯不亮', '202611001'), o('停车难')]
    expect(opinionsProblem(before, [{ who: '', what: '路灯不亮', category: '基础设施' }, { who: '老李', what: '停车太难', category: '其他' }])).toBeNull()
    expect(opinionsProblem(before, [{ who: '', what: '停车难', category: '基础设施' }])).toBe('第 1 条意见已转为诉求 XD01-202611001，不能再改或删去')
    expect(opinionsProblem(before, [])).not.toBeNull()
  })

  it('keeps the matter made from an opinion on the opinion', () => {
    const before = [o('路灯不亮', '202611001')]
    expect(keptOpinions(before, [{ who: '', what: '路灯不亮', category: '基础设施' }, { who: '老李', what: '加装电梯', category: '其他' }])).toEqual([
      o('路灯不亮', '202611001'),
      { who: '老李', what: '加装电梯', category: '其他', itemId: null, no: null },
    ])
  })
})
