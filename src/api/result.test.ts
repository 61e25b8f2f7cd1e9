import { describe, expect, it } from 'vitest'
import { asResult, SERVICE_ERROR } from './result'

describe('asResult', () => {
  it('passes the contract’s replies through', () => {
    expect(asResult({ ok: true, data: { a: 1 } })).toEqual({ ok: true, data: { a: 1 } })
    expect(asResult({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁' } })).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁' },
    })
  })

  it('turns anything else into a service error', () => {
    for (const body of [null, undefined, 'oops', 42, {}, { ok: false }, { ok: false, error: { code: 1 } }])
      expect(asResult(body)).toEqual({ ok: false, error: SERVICE_ERROR })
  })
})
