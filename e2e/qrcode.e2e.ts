/**
 * QR codes for every point: the admin opens a point in the 说事点 tab (where no time breaks
 * across lines) and gets its 小程序码 large on a printable poster, with a download; a
 * leader gets their points' codes from the workbench; a cadre is refused with a way back.
 * In H5 a changed scene in the address opens that point without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

/** Each occurrence of `text` inside `testid` is laid out on one line. */
async function staysOnOneLine(page: Page, testid: string, text: string): Promise<boolean[]> {
  return page.getByTestId(testid).evaluate((root, needle) => {
    const found: boolean[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(needle)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + needle.length)
      const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
      found.push(tops.size === 1)
    }
    return found
  }, text)
}

async function openPoints(): Promise<Page> {
  const page = await h.pageAs(DEMO.admin)
  await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
  await page.getByTestId('admin-tab-points').click()
  await page.getByTestId(`point-row-${DEMO.pointCode}`).waitFor()
  return page
}

async function expectPoster(page: Page, pointName: string) {
  const poster = page.getByTestId('qrcode-poster')
  await poster.waitFor()
  const text = (await poster.textContent()) ?? ''
  expect(text).toContain(pointName)
  expect(text).toContain('微信扫码说事')
  const img = page.getByTestId('qrcode-image').locator('img').or(page.locator('img[src*="/storage/qrcodes/"]')).first()
  await img.waitFor()
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
  const shown = await img.boundingBox()
  expect(shown?.width).toBeGreaterThanOrEqual(240)
}

describe('a 小程序码 for every point', () => {
  it('the admin’s 说事点 tab keeps times whole', async () => {
    const page = await openPoints()
    for (const time of ['9:00', '12:00', '14:30', '17:30']) {
      const lines = await staysOnOneLine(page, `point-hours-${DEMO.pointCode}`, time)
      expect(lines, time).toEqual([true])
    }
    await h.shot(page, 'qrcode-01-points')
    await page.context().close()
  })

  it('the admin opens a point’s code on a printable poster', async () => {
    const page = await openPoints()

    await page.getByTestId(`point-qrcode-${DEMO.pointCode}`).click()
    await expectPoster(page, '新东社区民情说事点')
    const poster = (await page.getByTestId('qrcode-poster').textContent()) ?? ''
    expect(poster).toContain('幸福路 88 号')
    expect(poster).toContain('每周三说事日')
    const download = page.getByTestId('qrcode-download')
    expect(await download.getAttribute('download')).toMatch(/\.png$/)
    expect(await download.getAttribute('href')).toContain('/storage/')
    await h.shot(page, 'qrcode-02-poster')

    // printed: the poster only
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('qrcode-actions').isVisible()).toBe(false)
    const switchersShown = await page.getByTestId('identity-switcher').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)
    expect(switchersShown).toBe(0)
    expect(await page.getByTestId('qrcode-poster').isVisible()).toBe(true)
    await h.shot(page, 'qrcode-03-print')
    await page.context().close()
  })

  it('a leader opens their point’s code from the workbench; a cadre is refused with a way back', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId(`point-qrcode-${DEMO.studioCode}`).click()
    await expectPoster(page, '新东社区两代表工作室')
    await page.context().close()

    const cadre = await h.pageAs(DEMO.cadre1)
    await cadre.goto(`${h.system.url}/#/staff/pages/qrcode/index?code=${DEMO.pointCode}`)
    await cadre.getByTestId('state-error').waitFor()
    expect(await cadre.getByTestId('state-error').getAttribute('data-kind')).toBe('FORBIDDEN')
    expect(await cadre.getByTestId('go-back').count()).toBe(1)
    await h.shot(cadre, 'qrcode-04-cadre-refused')
    await cadre.context().close()
  })

  it('in H5, a changed scene in the address opens that point without a reload', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await expect.poll(() => page.getByTestId('point-name').textContent()).toContain('新东社区民情说事点')
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    await page.evaluate((code) => (window.location.hash = `#/pages/index/index?scene=${code}`), DEMO.studioCode)
    await expect.poll(() => page.getByTestId('point-name').textContent()).toContain('新东社区两代表工作室')
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    await h.shot(page, 'qrcode-05-scene-changed')
    await page.context().close()
  })
})
