/**
 * A headless stand-in for WeChat's logic layer, enough to run `dist/weapp` unchanged:
 * a `vm` context in which eval and `new Function` throw (as they do in WeChat), every
 * file wrapped the way WeChat's `define()` wraps it — with `window`, `document` and the
 * other browser names there but undefined — and `App`, `Page`, `Component`, `getApp`,
 * `getCurrentPages` and a `wx` given by the caller. Pages are driven through their
 * lifecycle (`onLoad`, `onShow`, `onReady`); `setData` paths are applied to each page's
 * data, whose text is what the page shows.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/** The parameters WeChat's define() gives every file; all but the first three stay undefined. */
const DEFINE_PARAMS = [
  'require', 'module', 'exports', 'window', 'document', 'frames', 'self', 'location', 'navigator',
  'localStorage', 'history', 'Caches', 'screen', 'alert', 'confirm', 'prompt', 'XMLHttpRequest',
  'WebSocket', 'Reporter', 'webkit', 'WeixinJSCore',
]

type Options = Record<string, unknown>
type Fn = (this: unknown, ...args: unknown[]) => unknown

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  setData(update: Record<string, unknown>, callback?: () => void): void
  [key: string]: unknown
}

export interface LogicLayerOptions {
  /** The built mini-program, e.g. dist/weapp */
  root: string
  /** Makes the `wx` global, given a way to make values of the app's realm. */
  makeWx: (inRealm: <T>(value: T) => T) => Record<string, unknown>
  /** Gets everything the app writes to console.error, and every uncaught error of its timers. */
  onError: (source: string, args: unknown[]) => void
}

/** Applies one Taro setData path (`root.cn.[0].cn.[2].v`) to `data`. */
export function applyPath(data: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.').map((p) => (/^\[\d+\]$/.test(p) ? Number(p.slice(1, -1)) : p))
  let node = data as Record<string | number, unknown>
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node[part] = value
      return
    }
    if (node[part] === null || typeof node[part] !== 'object') node[part] = typeof parts[i + 1] === 'number' ? [] : {}
    node = node[part] as Record<string | number, unknown>
  })
}

/** Every `v` (text) of a Taro data tree, in document order. */
export function textOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textOf)
  if (node === null || typeof node !== 'object') return []
  const { v, ...rest } = node as Record<string, unknown>
  return [...(typeof v === 'string' ? [v] : []), ...Object.values(rest).flatMap(textOf)]
}

export class LogicLayer {
  readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private pageConfigs = new Map<string, Options>()
  private loadingRoute: string | null = null
  readonly components: Options[] = []
  readonly stack: PageInstance[] = []
  app: Options | null = null
  private closed = false
  private realmJson: JSON | undefined

  constructor(private readonly options: LogicLayerOptions) {
    const quiet = () => undefined
    const console = { log: quiet, info: quiet, debug: quiet, warn: quiet, error: (...args: unknown[]) => options.onError('console.error', args) }
    this.context = vm.createContext(
      {
        console,
        App: (config: Options) => {
          this.app = config
        },
        Page: (config: Options) => {
          if (!this.loadingRoute) throw new Error('Page() called outside a page file')
          this.pageConfigs.set(this.loadingRoute, config)
        },
        Component: (config: Options) => {
          this.components.push(config)
        },
        getApp: () => this.app,
        getCurrentPages: () => [...this.stack],
        ...this.timerGlobals(),
      },
      { codeGeneration: { strings: false, wasm: false } },
    )
    this.context.wx = options.makeWx((value) => this.inRealm(value))
  }

  private timerGlobals() {
    const guard = (source: string, fn: Fn) => (...args: unknown[]) => {
      if (this.closed) return
      try {
        fn(...args)
      } catch (err) {
        this.options.onError(source, [err])
      }
    }
    const track = (handle: ReturnType<typeof setTimeout>) => (this.timers.add(handle), handle)
    return {
      setTimeout: (fn: Fn, ms?: number, ...args: unknown[]) => track(setTimeout(guard('setTimeout', fn), ms, ...args)),
      setInterval: (fn: Fn, ms?: number, ...args: unknown[]) => track(setInterval(guard('setInterval', fn), ms, ...args)),
      clearTimeout: (h: ReturnType<typeof setTimeout>) => (this.timers.delete(h), clearTimeout(h)),
      clearInterval: (h: ReturnType<typeof setTimeout>) => (this.timers.delete(h), clearInterval(h)),
    }
  }

  /** An object of this context's realm (so `instanceof Object` and friends hold in app code). */
  inRealm<T>(value: T): T {
    if (value === undefined) return value
    this.realmJson ??= vm.runInContext('JSON', this.context) as JSON
    return this.realmJson.parse(JSON.stringify(value)) as T
  }

  /** Loads a file of the app the way WeChat's require() does: relative to `from`, once. */
  require(file: string): unknown {
    const resolved = path.normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(resolved)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(resolved, module)
    const code = readFileSync(path.join(this.options.root, resolved), 'utf8')
    const wrapped = new vm.Script(`(function (${DEFINE_PARAMS.join(', ')}) {${code}\n})`, { filename: resolved })
    const define = wrapped.runInContext(this.context) as Fn
    const localRequire = (request: string) => this.require(path.join(path.dirname(resolved), request))
    define.call(module.exports, localRequire, module, module.exports)
    return module.exports
  }

  /** Runs app.js and the app's onLaunch and onShow. */
  launch(query: Record<string, string> = {}): void {
    this.require('app.js')
    if (!this.app) throw new Error('app.js did not call App()')
    const launch = this.inRealm({ path: 'pages/index/index', query, scene: 1001 })
    ;(this.app.onLaunch as Fn | undefined)?.call(this.app, launch)
    ;(this.app.onShow as Fn | undefined)?.call(this.app, launch)
  }

  /** Opens a page as navigation would: onLoad(query), onShow, onReady. */
  openPage(route: string, query: Record<string, string> = {}): PageInstance {
    if (!this.pageConfigs.has(route)) {
      this.loadingRoute = route
      try {
        this.require(`${route}.js`)
      } finally {
        this.loadingRoute = null
      }
    }
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const page = this.instantiate(route, config, query)
    this.stack.push(page)
    ;(page.onLoad as Fn | undefined)?.call(page, this.inRealm(query))
    ;(page.onShow as Fn | undefined)?.call(page)
    ;(page.onReady as Fn | undefined)?.call(page)
    return page
  }

  private instantiate(route: string, config: Options, query: Record<string, string>): PageInstance {
    const page = { ...config } as PageInstance
    page.route = route
    page.__route__ = route
    page.options = this.inRealm(query)
    page.data = this.inRealm((config.data as Record<string, unknown>) ?? {})
    page.setData = (update, callback) => {
      for (const [key, value] of Object.entries(update)) applyPath(page.data, key, value)
      if (callback) this.context.setTimeout(callback, 0)
    }
    page.selectComponent = () => null
    page.selectAllComponents = () => []
    return page
  }

  /** Stops the app's timers; nothing of it runs after this. */
  close(): void {
    this.closed = true
    for (const handle of this.timers) clearTimeout(handle)
    this.timers.clear()
  }
}
