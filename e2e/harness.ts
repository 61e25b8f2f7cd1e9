/**
 * Browser tests: Debian's Chromium driven by playwright-core against the H5 build served
 * by a fresh local cloud. Screenshots of each page land in e2e/artifacts/.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startTestSystem, type TestSystem } from '../emulator/testing'

export const ARTIFACTS = path.resolve(__dirname, 'artifacts')
// H5_DIR: another build to run against (e.g. an older one, to see a test fail without a fix)
const H5_DIR = process.env.H5_DIR ? path.resolve(process.env.H5_DIR) : path.resolve(__dirname, '..', 'dist', 'h5')

export interface Harness {
  system: TestSystem
  browser: Browser
  /** A new page (its own storage) acting as `openid`. */
  pageAs(openid: string): Promise<Page>
  shot(page: Page, name: string): Promise<void>
  stop(): Promise<void>
}

/**
 * Every browser test starts on the same day whatever day it runs: Saturday 2026-11-28,
 * 10:00 China time, unless it names another start. The local cloud's clock and each
 * page's clock start there and run on; a test moves both when it needs another time.
 */
export const DEFAULT_START = new Date('2026-11-28T02:00:00Z')

export async function startHarness(options: { startAt?: Date; demoMatters?: boolean } = {}): Promise<Harness> {
  // demoMatters: the demo cloud's matters, meetings and board too (tests otherwise build their own)
  const system = await startTestSystem({ staticDir: H5_DIR, startAt: options.startAt ?? DEFAULT_START, demoMatters: options.demoMatters })
  // playwright gives each launch a fresh, throw-away profile of its own
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  mkdirSync(ARTIFACTS, { recursive: true })
  return {
    system,
    browser,
    async pageAs(openid) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
      // Only the first time: the in-page identity switcher may change it afterwards.
      await context.addInitScript((id) => {
        if (!window.localStorage.getItem('shuoshi.identity')) window.localStorage.setItem('shuoshi.identity', id)
        // This device already allows plenty of notices, so no consent sheet covers the pages
        // (src/lib/subscribe.ts; Taro storage wraps values in { data }). notify-flow.e2e.ts asks.
        const plenty = { count: 50, last: 'accept', at: Date.now() }
        const keys = ['accepted', 'progress', 'replied', 'reminder', 'booking', 'assigned', 'due']
        const memory = Object.fromEntries(keys.map((k) => [k, plenty]))
        window.localStorage.setItem(`shuoshi.notices.v1:${id}`, JSON.stringify({ data: memory }))
      }, openid)
      // the page's clock reads what the local cloud's reads, and runs on from there
      await context.clock.install({ time: system.cloud.clock.now() })
      return context.newPage()
    },
    async shot(page, name) {
      // Taro's page slide-in animation takes ~300 ms; let it finish before the picture
      await page.waitForTimeout(600)
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
    },
    async stop() {
      await browser.close()
      await system.stop()
    },
  }
}
