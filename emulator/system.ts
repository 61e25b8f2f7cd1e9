/**
 * The whole local system in one call: the local cloud (database, storage, openapi), the
 * functions bound to it, demo data, and the HTTP gateway. Used by `npm run cloud`, the
 * function tests, the browser tests and the benchmarks alike.
 */
import http from 'node:http'
import { hostFunctions, type FunctionHandler, type FunctionOptions } from './functions'
import { gatewayListener, listen } from './gateway'
import { createClock } from './clock'
import { createLocalCloud, type LocalCloud } from './local-cloud'
import { seedDemoData } from './seed'
import { FUNCTION_CONFIGS } from '../cloudfunctions/configs'
import { startTimers, type Timers } from './timers'

export interface LocalSystemOptions {
  dataDir: string
  /** 0 picks a free port. */
  port?: number
  staticDir?: string
  functions?: FunctionOptions
  wordList?: { risky?: string[]; review?: string[] }
  seed?: boolean
  /** demo matters as well (`npm run cloud`): meetings, trips and the public board; tests build their own */
  demoMatters?: boolean
  /** where the local cloud's clock starts (it runs on from there); real time if not given */
  startAt?: Date
  /** the 云调用 each function is granted, when not its config.json's (see LocalCloudOptions) */
  openapiPermissions?: Record<string, readonly string[]>
  /**
   * Whether the timer triggers of config.json fire on the local clock (checked every
   * second and whenever POST /clock moves it); on unless false. Test systems leave it off
   * unless a test asks, so no run lands in the middle of another test.
   */
  timers?: boolean
  /** Fail queries no declared index serves (test systems: on unless false). */
  requireIndexes?: boolean
}

export interface LocalSystem {
  url: string
  port: number
  cloud: LocalCloud
  functions: Record<string, FunctionHandler>
  /** The timer triggers; `check()` fires what is due on the local clock now. */
  timers: Timers
  /** Calls a function as `openid` (or as nobody), straight through the host. */
  call(name: string, openid: string | null, event: unknown): Promise<any>
  stop(): Promise<void>
}

export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const server = http.createServer()
  const port = await listen(server, options.port ?? 0)
  const url = `http://127.0.0.1:${port}`
  const clock = options.startAt ? createClock(options.startAt) : undefined
  const cloud = createLocalCloud({
    dataDir: options.dataDir,
    publicBaseUrl: url,
    wordList: options.wordList,
    clock,
    openapiPermissions: options.openapiPermissions,
    requireIndexes: options.requireIndexes,
  })
  if (options.seed !== false) {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }), cloud.clock.now(), { demoMatters: options.demoMatters })
  }
  const functions = hostFunctions(cloud, options.functions)
  const timers = startTimers({ clock: cloud.clock, functions, configs: FUNCTION_CONFIGS, intervalMs: options.timers === false ? 0 : 1000 })
  const clockMoved = options.timers === false ? undefined : () => timers.check()
  server.on('request', gatewayListener({ cloud, functions, staticDir: options.staticDir, clockMoved }))

  const call = (name: string, openid: string | null, event: unknown) => {
    const handler = functions[name]
    if (!handler) throw new Error(`no function ${name}`)
    return openid ? cloud.runAs(openid, () => handler(event)) : handler(event)
  }
  const stop = async () => {
    timers.stop()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await cloud.close()
  }
  return { url, port, cloud, functions, timers, call, stop }
}
