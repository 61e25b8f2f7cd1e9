import { describe, expect, it } from 'vitest'
import { maskAddress, maskName, maskPhone } from './mask'

describe('masking personal data', () => {
  it('masks a phone as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
  it('keeps only the family name', () => {
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('李')).toBe('*')
  })
  it('keeps only the start of an address', () => {
    expect(maskAddress('新东社区幸福路12号3单元501')).toBe('新东社区幸福****')
    expect(maskAddress('幸福路')).toBe('幸福****')
  })

  it('never keeps a house number, however the address starts', () => {
    expect(maskAddress('幸福路 88 弄 3 号，六楼')).toBe('幸福路****')
    expect(maskAddress('幸福路12号')).toBe('幸福****')
    expect(maskAddress('８８弄３号')).toBe('****')
    expect(maskAddress('和平路九十号二楼')).toBe('和平路****')
  })
})
