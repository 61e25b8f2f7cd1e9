import { describe, expect, it } from 'vitest'
import { BOARD_STATUSES, boardNotice, reviewStep, withdrawStep } from './board'

describe('moderation steps', () => {
  it('a review decides a waiting entry once; the same decision again is a retry, the other one a conflict', () => {
    const table = BOARD_STATUSES.map((s) => [s, reviewStep(s, true), reviewStep(s, false)])
    expect(table).toEqual([
      ['pending', 'apply', 'apply'],
      ['approved', 'same', 'conflict'],
      ['rejected', 'conflict', 'same'],
      ['withdrawn', 'conflict', 'conflict'],
    ])
  })

  it('the resident may take down a waiting or shown entry; staff only a shown one', () => {
    const table = BOARD_STATUSES.map((s) => [s, withdrawStep(s, 'owner'), withdrawStep(s, 'staff')])
    expect(table).toEqual([
      ['pending', 'apply', 'conflict'],
      ['approved', 'apply', 'apply'],
      ['rejected', 'conflict', 'conflict'],
      ['withdrawn', 'same', 'same'],
    ])
  })
})

describe('what the resident is told', () => {
  const item = { _id: 'm1', no: '202603001', category: '物业管理', content: '楼上空调外机漏水滴到我家窗台，找了物业也没用', ownerOpenid: 'r1' }
  const at = new Date('2026-03-10T02:00:00Z')

  it('a refusal carries its reason; every message fits the 办理进度 template and opens the matter', () => {
    const n = boardNotice(item, 'rejected', '涉及邻里矛盾', at)
    expect(n).toMatchObject({ recipient: 'r1', template: 'progress', page: 'pages/item/index?id=m1', title: '公开审核：未公开' })
    expect(n?.body).toContain('原因：涉及邻里矛盾')
    for (const value of Object.values(n?.data ?? {})) expect([...value.value].length).toBeLessThanOrEqual(32)
    expect(boardNotice(item, 'approved', null, at)?.event).not.toBe(boardNotice(item, 'withdrawn', null, at)?.event)
  })

  it('nobody is told of a waiting entry, nor a matter without an owner', () => {
    expect(boardNotice(item, 'pending', null, at)).toBeNull()
    expect(boardNotice({ ...item, ownerOpenid: '' }, 'approved', null, at)).toBeNull()
  })
})
