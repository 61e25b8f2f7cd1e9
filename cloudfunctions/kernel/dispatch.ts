import type { ApiResult } from '../../domain/kernel/errors'
import type * as z from 'zod/mini'
import { parseWith } from '../../domain/kernel/validation'
import { fail, ok, toFailure } from './respond'

type Schemas = Record<string, z.ZodMiniType>

/**
 * What each action must answer, by action name: the contract maps of domain/contract.ts
 * (ResidentResponses, StaffResponses), so a handler returning another shape fails tsc.
 */
export type ContractMap<S extends Schemas> = { [A in keyof S]: unknown }
export type ContractResult<R, A extends keyof R> = R[A]

export type Handlers<S extends Schemas, Ctx, R extends ContractMap<S>> = {
  [A in keyof S]: (input: z.infer<S[A]>, ctx: Ctx) => Promise<ContractResult<R, A>>
}

/**
 * One function, many actions: picks the action's schema, validates the whole event before
 * anything is read or written, then runs the action. `userInfo` is added to every event
 * by the WeChat client SDK and is dropped unread: identity comes from getWXContext().
 */
export function createDispatcher<S extends Schemas, Ctx, R extends ContractMap<S>>(
  schemas: S,
  handlers: Handlers<S, Ctx, R>,
  makeContext: () => Ctx,
  /** Runs after a successful action, before the answer (e.g. sending what it queued). */
  afterwards?: (ctx: Ctx) => Promise<void>,
) {
  return async function dispatch(event: unknown): Promise<ApiResult<R[keyof S]>> {
    try {
      if (!event || typeof event !== 'object' || Array.isArray(event)) return fail('INVALID_INPUT', '请求格式错误')
      const { userInfo: _ignored, ...rest } = event as Record<string, unknown>
      const action = rest.action
      if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(schemas, action)) {
        return fail('INVALID_INPUT', '不支持的操作')
      }
      const parsed = parseWith(schemas[action], rest)
      if (!parsed.ok) return fail('INVALID_INPUT', parsed.message)
      const ctx = makeContext()
      // parseWith checked the value against this very action's schema
      const data = await handlers[action](parsed.value as never, ctx)
      if (afterwards) await afterwards(ctx)
      return ok(data)
    } catch (err) {
      return toFailure(err)
    }
  }
}

