import { describe, expect, it } from 'vitest'
import { classifySearch } from './search'

describe('classifySearch', () => {
  it.each([
    ['xd01-202611001', { kind: 'number', no: 'XD01-202611001' }],
    ['202611001', { kind: 'number', month: '202611', seq: 1 }],
    ['2026111000', { kind: 'number', month: '202611', seq: 1000 }],
    ['138 1234 5678', { kind: 'phone', phone: '13812345678' }],
    ['5678', { kind: 'phoneTail', tail: '5678' }],
    ['环境卫生', { kind: 'category', category: '环境卫生' }],
    ['张三丰', { kind: 'name', name: '张三丰' }],
    [' 阿卜杜·热合曼 ', { kind: 'name', name: '阿卜杜·热合曼' }],
  ])('reads %j', (q, expected) => {
    expect(classifySearch(q)).toEqual(expected)
  })

  it.each(['12345', '1381234567x', '%', '{"$gt":""}', '123'])('refuses %j', (q) => {
    expect(classifySearch(q)).toBeNull()
  })
})
