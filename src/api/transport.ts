import Taro from '@tarojs/taro'
import { currentIdentity } from '../lib/identity'
import { asResult, failure, NETWORK_ERROR, SERVICE_ERROR, type ClientResult } from './result'

const TIMEOUT_MS = 20_000

/**
 * Calls cloud function `name` with `event`. The mini-program goes through CloudBase; the
 * H5 build posts to the local gateway as the identity picked in the switcher. The test is
 * a build-time constant, so each build carries only its own branch.
 */
export function callFunction(name: string, event: object): Promise<ClientResult<unknown>> {
  if (process.env.TARO_ENV === 'h5') return callGateway(name, event)
  return callCloud(name, event)
}

async function callCloud(name: string, event: object): Promise<ClientResult<unknown>> {
  try {
    const res = await Taro.cloud.callFunction({ name, data: event })
    return asResult(res.result)
  } catch (e) {
    // -504002: the function ran and crashed; anything else never reached it or never came back.
    const message = String((e as { errMsg?: unknown } | null)?.errMsg ?? e)
    return failure(message.includes('-504002') ? SERVICE_ERROR : NETWORK_ERROR)
  }
}

async function callGateway(name: string, event: object): Promise<ClientResult<unknown>> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  let res: Response
  try {
    res = await fetch(`/fn/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': currentIdentity().openid },
      body: JSON.stringify(event),
      signal: controller.signal,
    })
  } catch {
    // nothing came back: the network (or the timeout)
    clearTimeout(timer)
    return failure(NETWORK_ERROR)
  }
  try {
    // an answer came, but not the contract's (a 502 page, a crash): the service, not the network
    return asResult(await res.json())
  } catch {
    return failure(SERVICE_ERROR)
  } finally {
    clearTimeout(timer)
  }
}
