/**
 * `system.selfCheck`: after a deploy, the deploy's own credentials (no mini-program user)
 * call each function with `{ action: 'system.selfCheck' }`; the function tries each 云调用
 * its config.json grants in a harmless way and says, per call, whether CloudBase let it
 * through. This is how the one manual step (uploading the permissions from WeChat
 * DevTools) is checked. A call from a user is refused before anything is tried.
 *
 * - ok: the call succeeded, or WeChat itself answered and turned down only the made-up
 *   recipient (so CloudBase let the call through);
 * - not_permitted: CloudBase refused it (-604101: the permission is not registered);
 * - failed: anything else, with the code and message.
 * The calls are reached by name, so the build's grant check (scripts/openapi-grants.ts)
 * counts none of them as a use.
 */
import { isOpenApiCall, type FunctionConfig } from './openapi-calls'
import type { CloudPort } from './port'
import { fail, ok } from './respond'
import type { ApiResult } from '../../domain/kernel/errors'
import { templateIdsFor } from '../messages/template-ids'

export const SELF_CHECK_ACTION = 'system.selfCheck'
/** No user has this openid; WeChat answers 40003 (invalid openid) where one is needed. */
export const SELF_CHECK_OPENID = 'self-check-no-such-user'
const NO_PERMISSION = -604101

export interface SelfCheckEntry {
  api: string
  result: 'ok' | 'not_permitted' | 'failed'
  detail?: string
}

export interface SelfCheckReport {
  function: string
  checks: SelfCheckEntry[]
}

/** Harmless arguments per call, and the WeChat codes that show the call reached WeChat. */
function probe(api: string, env: string | undefined): { params: unknown; reached: number[] } | null {
  switch (api) {
    case 'security.msgSecCheck':
      // 40003 invalid openid; 61010 the user has not opened the mini-program lately
      return { params: { version: 2, scene: 2, openid: SELF_CHECK_OPENID, content: '你好' }, reached: [40003, 61010] }
    case 'subscribeMessage.send': {
      const templateId = Object.values(templateIdsFor(env) ?? {})[0] ?? 'self-check-no-template'
      // 40003 invalid openid; 43101 no subscription from this user; 40037 no such template
      return { params: { touser: SELF_CHECK_OPENID, templateId, data: { thing1: { value: '自检' } } }, reached: [40003, 43101, 40037] }
    }
    case 'wxacode.getUnlimited':
      return { params: { scene: 'selfcheck', checkPath: false, width: 280 }, reached: [] }
    default:
      return null
  }
}

type Callable = (params: unknown) => Promise<{ errCode?: number }>

async function tryCall(cloud: CloudPort, api: string): Promise<SelfCheckEntry> {
  const how = isOpenApiCall(api) ? probe(api, cloud.getWXContext().ENV) : null
  if (!how) return { api, result: 'failed', detail: '本项目不认识这个云调用' }
  const [ns, method] = api.split('.')
  const group = (cloud.openapi as unknown as Record<string, Record<string, Callable>>)[ns]
  try {
    await group[method](how.params)
    return { api, result: 'ok' }
  } catch (err) {
    const { errCode, errMsg, message } = (err ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
    const text = String(errMsg ?? message ?? err)
    if (errCode === NO_PERMISSION) return { api, result: 'not_permitted', detail: `${errCode} ${text}` }
    if (typeof errCode === 'number' && how.reached.includes(errCode)) {
      return { api, result: 'ok', detail: `微信已受理调用（${errCode}，测试用的接收人不存在）` }
    }
    return { api, result: 'failed', detail: `${String(errCode ?? '')} ${text}`.trim() }
  }
}

/** Answers `system.selfCheck` for the function `name`; other events go to `handler`. */
export function withSelfCheck<R>(
  cloud: CloudPort,
  name: string,
  config: FunctionConfig,
  handler: (event: unknown) => Promise<ApiResult<R>>,
): (event: unknown) => Promise<ApiResult<R | SelfCheckReport>> {
  return async (event) => {
    if ((event as { action?: unknown } | null)?.action !== SELF_CHECK_ACTION) return handler(event)
    // the deploy's credentials carry no user; a mini-program user never gets this far
    if (cloud.getWXContext().OPENID) return fail('FORBIDDEN')
    const checks: SelfCheckEntry[] = []
    for (const api of config.permissions?.openapi ?? []) checks.push(await tryCall(cloud, api))
    return ok({ function: name, checks })
  }
}
