import { describe, expect, it } from 'vitest'
import { chinaDate } from './fields'
import { parseWith } from './validation'

describe('the shared fields', () => {
  it('chinaDate accepts only dates that exist', () => {
    expect(parseWith(chinaDate, '2028-02-29').ok).toBe(true)
    expect(parseWith(chinaDate, '2026-02-29').ok).toBe(false)
    expect(parseWith(chinaDate, '2026-13-01').ok).toBe(false)
    // dates no matter can have: refused before anything is read
    for (const far of ['9999-12-31', '0000-01-01', '1970-01-01', '2100-01-01']) expect(parseWith(chinaDate, far).ok).toBe(false)
  })
})
