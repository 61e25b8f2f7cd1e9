import { describe, expect, it } from 'vitest'
import { readParam } from './params'

describe('readParam', () => {
  it('decodes a percent-encoded scene', () => {
    expect(readParam('xd01')).toBe('xd01')
    expect(readParam(encodeURIComponent('a b/c'))).toBe('a b/c')
  })

  it('is null for nothing', () => {
    expect(readParam(undefined)).toBeNull()
    expect(readParam('')).toBeNull()
    expect(readParam('%20%20')).toBeNull()
  })

  it('keeps a value that is not valid percent-encoding', () => {
    expect(readParam('100%')).toBe('100%')
  })
})
