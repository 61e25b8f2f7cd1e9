/**
 * The `wx` of the headless logic layer: exactly the members of miniprogram-api-typings'
 * `interface Wx`. The few the app needs to start and render answer like WeChat on a
 * phone; `wx.cloud.callFunction` is answered by the local cloud; every other member
 * fails loudly when called, so a page that starts to depend on one shows up here.
 */
import type { LocalSystem } from '../emulator/system'
import { wxMemberNames } from './wx-members'

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void; complete?: (res: unknown) => void }

export interface WxOptions {
  system: LocalSystem
  /** Who is using the mini-program; functions see this OPENID. */
  openid: string
  /** Makes a value of the app's realm. */
  inRealm: <T>(value: T) => T
}

const WINDOW = { pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724, statusBarHeight: 44 }
const SYSTEM_INFO = { ...WINDOW, brand: 'devtools', model: 'iPhone X', system: 'iOS 16.0', platform: 'devtools', version: '8.0.50', SDKVersion: '3.5.0', language: 'zh_CN', fontSizeSetting: 16 }

/** Calls an API the way WeChat does: callbacks when given, and a promise either way. */
function asyncApi<P extends Callbacks>(run: (params: P) => Promise<unknown>, inRealm: WxOptions['inRealm']) {
  return (params: P = {} as P) =>
    run(params).then(
      (res) => {
        const answer = inRealm(res)
        params.success?.(answer)
        params.complete?.(answer)
        return answer
      },
      (err: unknown) => {
        const answer = inRealm({ errMsg: String((err as Error)?.message ?? err) })
        params.fail?.(answer)
        params.complete?.(answer)
        if (!params.fail) throw answer
        return answer
      },
    )
}

export function createWx({ system, openid, inRealm }: WxOptions): Record<string, unknown> {
  const storage = new Map<string, unknown>()
  const ok = (name: string) => async () => ({ errMsg: `${name}:ok` })
  const implemented: Record<string, unknown> = {
    getSystemInfoSync: () => inRealm(SYSTEM_INFO),
    getWindowInfo: () => inRealm(WINDOW),
    getDeviceInfo: () => inRealm({ brand: 'devtools', model: 'iPhone X', system: 'iOS 16.0', platform: 'devtools', pixelRatio: 2 }),
    getAppBaseInfo: () => inRealm({ SDKVersion: '3.5.0', language: 'zh_CN', version: '8.0.50', fontSizeSetting: 16, theme: 'light' }),
    getMenuButtonBoundingClientRect: () => inRealm({ width: 87, height: 32, top: 48, right: 365, bottom: 80, left: 278 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => void Promise.resolve().then(fn),
    getStorageSync: (key: string) => (storage.has(key) ? inRealm(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorage: asyncApi(async ({ key }: Callbacks & { key: string }) => {
      if (!storage.has(key)) throw new Error('getStorage:fail data not found')
      return { data: storage.get(key), errMsg: 'getStorage:ok' }
    }, inRealm),
    setStorage: asyncApi(async ({ key, data }: Callbacks & { key: string; data: unknown }) => {
      storage.set(key, JSON.parse(JSON.stringify(data)))
      return { errMsg: 'setStorage:ok' }
    }, inRealm),
    removeStorage: asyncApi(async ({ key }: Callbacks & { key: string }) => (storage.delete(key), { errMsg: 'removeStorage:ok' }), inRealm),
    setNavigationBarTitle: asyncApi(ok('setNavigationBarTitle'), inRealm),
    stopPullDownRefresh: asyncApi(ok('stopPullDownRefresh'), inRealm),
    showToast: asyncApi(ok('showToast'), inRealm),
    hideToast: asyncApi(ok('hideToast'), inRealm),
    showLoading: asyncApi(ok('showLoading'), inRealm),
    hideLoading: asyncApi(ok('hideLoading'), inRealm),
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    getLaunchOptionsSync: () => inRealm({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => inRealm({ path: 'pages/index/index', query: {}, scene: 1001 }),
    cloud: inRealm({}),
  }
  Object.assign(implemented.cloud as object, {
    init: () => undefined,
    callFunction: asyncApi(async ({ name, data }: Callbacks & { name: string; data: unknown }) => {
      // as the cloud does: the event crosses the network as JSON, and the function's
      // errors reach the app as a failed call
      const result = await system.call(name, openid, JSON.parse(JSON.stringify(data ?? {})))
      return { result, errMsg: 'cloud.callFunction:ok', requestID: 'local' }
    }, inRealm),
  })

  const wx: Record<string, unknown> = {}
  for (const name of wxMemberNames()) {
    wx[name] = Object.prototype.hasOwnProperty.call(implemented, name)
      ? implemented[name]
      : () => {
          throw new Error(`wx.${name} is not available in the headless run`)
        }
  }
  const extra = Object.keys(implemented).filter((name) => !(name in wx))
  if (extra.length) throw new Error(`not members of WeChat's wx: ${extra.join(', ')}`)
  return inRealmObject(wx, inRealm)
}

/** A plain object of the app's realm holding the same members. */
function inRealmObject(source: Record<string, unknown>, inRealm: WxOptions['inRealm']): Record<string, unknown> {
  return Object.assign(inRealm({}), source)
}
