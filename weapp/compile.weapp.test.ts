/**
 * dist/weapp's WXML and WXSS through WeChat's own compilers (wcc, wcsc from
 * miniprogram-compiler), and a page's final data rendered through its compiled template.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { startTestSystem, type TestSystem } from '../emulator/testing'
import { allPages, openPage, WEAPP_DIR } from './run-page'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wxmlToJs, wxssToJs } = require('miniprogram-compiler') as {
  wxmlToJs(root: string, options?: { maxBuffer?: number }): string
  wxssToJs(root: string): string
}

const MAX_OUTPUT = 64 * 1024 * 1024

/** The compiled templates' `$gwx`, run where its `window` is: the render layer. */
function templates(root: string): (file: string) => (data: unknown, env: object, scope: object) => unknown {
  const context = vm.createContext({})
  vm.runInContext('var window = globalThis;', context)
  return vm.runInContext(`(function (global) {${wxmlToJs(root, { maxBuffer: MAX_OUTPUT })}\n})`, context)({})
}

/** Every string in a rendered node tree. */
const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : []

describe("WeChat's compilers on dist/weapp", () => {
  let sys: TestSystem
  beforeAll(async () => {
    sys = await startTestSystem()
  })
  afterAll(async () => {
    await sys.stop()
  })

  it('compiles every WXML and WXSS file', () => {
    const $gwx = templates(WEAPP_DIR)
    for (const page of allPages()) expect(typeof $gwx(`${page}.wxml`), page).toBe('function')
    // the compiled styles write to the page's document when run: check the map names every
    // page's stylesheet (a page whose styles all come from shared components has none)
    const styles = wxssToJs(WEAPP_DIR)
    const styled = allPages().filter((page) => existsSync(path.join(WEAPP_DIR, `${page}.wxss`)))
    expect(styled.length).toBeGreaterThan(allPages().length / 2)
    for (const page of styled) expect(styles, page).toContain(`'${page}.wxss':`)
  })

  it("renders the home page's final data through its compiled template", async () => {
    const home = openPage(sys, DEMO.residentA, 'pages/index/index', { scene: DEMO.pointCode })
    try {
      await home.waitFor('新东社区民情说事点')
      const tree = templates(WEAPP_DIR)('pages/index/index.wxml')(home.page.data, {}, {})
      expect(JSON.stringify(tree)).toContain('wx-page')
      expect(strings(tree).some((s) => s.includes('新东社区民情说事点'))).toBe(true)
    } finally {
      home.close()
    }
    expect(home.errors).toEqual([])
  })

  it.each([
    ['an unclosed tag', 'pages/index/index.wxml', '<view><text>说事</view>'],
    ['a bad selector', 'pages/index/index.wxss', '.a { color: red; } }} .b {'],
  ])('fails on %s', (_what, file, content) => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-wcc-'))
    try {
      cpSync(WEAPP_DIR, copy, { recursive: true })
      writeFileSync(path.join(copy, file), content)
      expect(() => (file.endsWith('.wxml') ? wxmlToJs(copy, { maxBuffer: MAX_OUTPUT }) : wxssToJs(copy))).toThrow()
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
