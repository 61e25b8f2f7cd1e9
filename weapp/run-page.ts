/** Opens pages of the built mini-program headlessly, as one user, against a local cloud. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { LocalSystem } from '../emulator/system'
import { LogicLayer, textOf, type PageInstance } from './logic-layer'
import { createWx } from './wx'

export const WEAPP_DIR = path.resolve(__dirname, '../dist/weapp')

/** Every page of app.json, subpackages included. */
export function allPages(root = WEAPP_DIR): string[] {
  if (!existsSync(path.join(root, 'app.json'))) throw new Error(`no weapp build in ${root}: run npx taro build --type weapp first`)
  const app = JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  return [...app.pages, ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((p) => `${sub.root}/${p}`))]
}

export interface OpenedPage {
  page: PageInstance
  layer: LogicLayer
  /** What went to console.error or was thrown, so far. */
  errors: string[]
  text(): string
  /** Waits until the page shows every one of `texts` (or fails, saying what it shows). */
  waitFor(...texts: string[]): Promise<void>
  close(): void
}

const describeError = (source: string, args: unknown[]) =>
  `${source}: ${args.map((a) => (a instanceof Error || (a && typeof a === 'object' && 'stack' in a) ? String((a as Error).stack) : String(a))).join(' ')}`

/** Launches a fresh app as `openid` and opens `route` with `query`. */
export function openPage(system: LocalSystem, openid: string, route: string, query: Record<string, string> = {}, root = WEAPP_DIR): OpenedPage {
  const errors: string[] = []
  const layer = new LogicLayer({
    root,
    makeWx: (inRealm) => createWx({ system, openid, inRealm }),
    onError: (source, args) => errors.push(describeError(source, args)),
  })
  let page: PageInstance
  try {
    layer.launch()
    page = layer.openPage(route, query)
  } catch (err) {
    layer.close()
    throw err
  }
  const text = () => textOf(page.data).join(' ')
  return {
    page,
    layer,
    errors,
    text,
    waitFor: async (...texts) => {
      const until = Date.now() + 10_000
      while (!texts.every((t) => text().includes(t))) {
        if (errors.length || Date.now() > until) {
          throw new Error(`${route} should show ${JSON.stringify(texts)} but shows: ${text()}\n${errors.join('\n')}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    close: () => layer.close(),
  }
}
