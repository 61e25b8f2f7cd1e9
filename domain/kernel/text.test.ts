import { describe, expect, it } from 'vitest'
import { clause } from './text'

describe('clause', () => {
  it.each([
    ['配件缺货。', '配件缺货'],
    ['配件缺货！！', '配件缺货'],
    ['配件缺货. ', '配件缺货'],
    ['配件缺货', '配件缺货'],
    ['约在 3.5 号', '约在 3.5 号'],
  ])('%j → %j', (input, expected) => {
    expect(clause(input)).toBe(expected)
  })
})
