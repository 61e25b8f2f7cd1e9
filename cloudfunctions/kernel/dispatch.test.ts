import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import type { StaffResponses, staffEventSchemas } from '../../domain/contract'
import { createDispatcher, type Handlers } from './dispatch'

type StaffHandlers = Handlers<typeof staffEventSchemas, null, StaffResponses>

describe('handlers are typed by the contract', () => {
  it('a handler answering another shape than domain/contract.ts says does not compile', () => {
    // @ts-expect-error `staff.deactivate` answers { transferred: number }
    const wrong: StaffHandlers['staff.deactivate'] = async () => ({ moved: 1 })
    const right: StaffHandlers['staff.deactivate'] = async () => ({ transferred: 1 })
    expect(typeof wrong).toBe('function')
    expect(typeof right).toBe('function')
  })

  it('answers what the handler returns, validated first', async () => {
    const schemas = { ping: z.strictObject({ action: z.literal('ping'), n: z.number() }) }
    const dispatch = createDispatcher(schemas, { ping: async (input) => ({ pong: input.n }) }, () => null)
    expect(await dispatch({ action: 'ping', n: 2 })).toEqual({ ok: true, data: { pong: 2 } })
    expect(await dispatch({ action: 'ping', n: '2' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
