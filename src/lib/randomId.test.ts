import { describe, expect, it } from 'vitest'
import { newRequestId, randomId } from './randomId'

describe('randomId', () => {
  it('gives the asked length from [A-Za-z0-9_-]', () => {
    for (const n of [1, 10, 24, 64]) expect(randomId(n)).toMatch(new RegExp(`^[A-Za-z0-9_-]{${n}}$`))
  })

  it('request ids are 16+ characters the server accepts, and differ', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRequestId))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
  })
})
