/**
 * As residents found it: the point's home page says how 说事 works; the phone field takes
 * digits only; the H5 identity switcher stays off the 提交登记 button; the tab bar is
 * readable; the contact details of the last matter are offered for the next one, and can
 * be cleared; after a reopen the due date is shown once and the extensions read as
 * history; an error page tells a refusal, a lost network and a server fault apart, and
 * has a way back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chinaYmd, chineseDate } from '../domain/kernel/display-dates'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { fillRegistration, openPointAndStart, submitAndReadNumber, typeInto } from './steps'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

const inputValue = (page: Page, testid: string) => page.getByTestId(testid).locator('input').first().inputValue()

describe('the point’s home page and the registration form', () => {
  it('says what happens after registering, and when the point is open', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    const how = page.getByTestId('how-it-works')
    await how.waitFor()
    const text = (await how.textContent()) ?? ''
    for (const words of ['7 天内', '1 个月内', '「我的」']) expect(text).toContain(words)
    expect(await page.getByTestId('point-hours').textContent()).toContain('14:30')
    await h.shot(page, 'guidance-01-home')
    await page.context().close()
  })

  it('has tab bar labels large enough to read, not 10px', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await page.locator('.weui-tabbar__label').first().waitFor()
    const size = await page.locator('.weui-tabbar__label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(15)
    await page.context().close()
  })

  it('takes only digits in the phone field', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    const phone = page.getByTestId('field-phone').locator('input').first()
    await phone.pressSequentially('a138 1234-5678x', { delay: 10 })
    await expect.poll(() => phone.inputValue()).toBe('13812345678')
    expect(await phone.getAttribute('type')).toBe('tel')
    await page.context().close()
  })

  it('keeps the identity switcher off 提交登记', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    // wherever the resident has scrolled it to, 提交登记 is never under the switcher
    const submit = page.getByTestId('submit')
    // from the top of the screen down to its bottom edge, a step at a time
    const viewport = page.viewportSize()!
    let checked = 0
    for (let target = 80; target <= viewport.height - 48; target += 20) {
      // scroll the page (Taro's page element, not the window) so that the button's top is at `target`
      await submit.evaluate((el, y) => {
        let box: HTMLElement | null = el.parentElement
        while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement
        const scroller = box ?? document.scrollingElement ?? document.documentElement
        scroller.scrollTop += el.getBoundingClientRect().top - y
      }, target)
      const box = await submit.boundingBox()
      if (!box || Math.abs(box.y - target) > 2) continue // the page cannot scroll that far
      for (const x of [box.x + 8, box.x + box.width / 2, box.x + box.width - 8]) {
        const onTop = await page.evaluate(
          ([px, py]) => Boolean(document.elementFromPoint(px, py)?.closest('[data-testid="submit"]')),
          [x, box.y + box.height / 2],
        )
        expect(onTop, `with the button at y=${Math.round(box.y)}`).toBe(true)
      }
      checked++
    }
    expect(checked).toBeGreaterThan(1)
    await submit.evaluate((el) => el.scrollIntoView({ block: 'end' }))
    await h.shot(page, 'guidance-02-form-bottom')
    await page.context().close()
  })

  it('offers the last contact details for the next matter, fills them on a tap, and clears them', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    // nothing to offer before the first matter
    expect(await page.getByTestId('contact-memory').count()).toBe(0)
    await fillRegistration(page, { name: '孙阿姨', phone: '13611112222', address: '新东社区北街3号', category: '政策咨询', content: '想问一下高龄津贴怎么申请，需要带什么材料' })
    await submitAndReadNumber(page)

    // the privacy notice was agreed to once: the form opens directly
    await page.getByTestId('result-home').click()
    await page.getByTestId('start-submit').click()
    const offer = page.getByTestId('contact-memory')
    await offer.waitFor()
    expect(await offer.textContent()).toContain('136****2222')
    expect(await inputValue(page, 'field-name')).toBe('')
    await h.shot(page, 'guidance-03-contact-offer')
    await page.getByTestId('contact-fill').click()
    await expect.poll(() => inputValue(page, 'field-name')).toBe('孙阿姨')
    expect(await inputValue(page, 'field-phone')).toBe('13611112222')
    expect(await inputValue(page, 'field-address')).toBe('新东社区北街3号')

    await page.getByTestId('contact-forget').click()
    await page.getByTestId('contact-memory-saved').waitFor({ state: 'detached' })
    expect(await page.evaluate(() => window.localStorage.getItem('shuoshi.lastContact'))).toBeNull()
    await typeInto(page, 'field-name', '')
    await typeInto(page, 'field-phone', '')
    await typeInto(page, 'field-address', '')
    expect(await page.getByTestId('contact-memory').count()).toBe(0)
    await page.context().close()
  })
})

describe('a reopened matter’s deadline and extensions', () => {
  it('shows the current due date once, and past extensions in plain words', async () => {
    const a = api(h.system)
    const m = await a.submit(DEMO.residentA, { pointCode: DEMO.pointCode, category: '政策咨询', content: '小区门口的公交站牌被撞坏了，请尽快修复', name: '周大爷', phone: '13900001111', address: '新东社区东街9号' })
    await a.staff(DEMO.cadre1, { action: 'item.accept', id: m.id, track: 'local', importance: 'normal', tier: 'cadre' })
    const newDue = chinaYmd(h.system.cloud.clock.now(), 20)
    await a.staff(DEMO.cadre1, { action: 'item.extend', id: m.id, reason: '需公交公司派人更换站牌', dueDate: newDue, note: '已报公交公司' })
    await a.staff(DEMO.cadre1, { action: 'item.reply', id: m.id, answer: '站牌已由公交公司更换', unit: '社区居委会', handler: '张建国' })
    await a.resident(DEMO.residentA, { action: 'item.rate', id: m.id, level: 'unsatisfied', solved: false, opinion: '新站牌歪了' })

    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${m.id}`)
    const history = page.getByTestId('detail-extensions')
    await history.waitFor()
    const text = (await history.textContent()) ?? ''
    expect(text).toMatch(new RegExp(`${chineseDate(h.system.cloud.clock.now())} 延期至 (\\d{4}年)?\\d{1,2}月\\d{1,2}日，原因：需公交公司派人更换站牌`))
    expect(text).not.toContain('告知')
    expect(text).not.toContain('此前的延期')
    // one due date on the page, the current one
    expect(await page.getByTestId('detail-due').count()).toBe(1)
    expect(await page.getByTestId('detail-due').textContent()).not.toContain(newDue)
    await history.scrollIntoViewIfNeeded()
    await h.shot(page, 'guidance-04-reopened-deadline')
    await page.context().close()
  })
})

describe('error pages that say what went wrong', () => {
  it('a matter one may not see: no 重试, a 返回 that leads home', async () => {
    const a = api(h.system)
    const m = await a.submit(DEMO.residentA, { pointCode: DEMO.pointCode, category: '政策咨询', content: '请问社区有没有老年食堂，怎么报名', name: '吴奶奶', phone: '13900002222', address: '新东社区西街1号' })
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${m.id}`)
    await page.getByTestId('state-error').waitFor()
    expect(await page.getByTestId('retry').count()).toBe(0)
    await h.shot(page, 'guidance-05-refused')
    await page.getByTestId('go-back').click()
    await page.getByTestId('point-list').or(page.getByTestId('point-name')).first().waitFor()
    await page.context().close()
  })

  it('tells a lost network from a server fault', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.route('**/fn/resident', (route) => route.abort('internetdisconnected'))
    await page.goto(`${h.system.url}/#/pages/item/index?id=whatever-id-1`)
    await page.getByTestId('state-error').waitFor()
    expect(await page.getByTestId('state-title').textContent()).toContain('网络')
    await h.shot(page, 'guidance-06-network')

    await page.unroute('**/fn/resident')
    await page.route('**/fn/resident', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>502 Bad Gateway</h1>' }))
    await page.getByTestId('retry').click()
    await expect.poll(() => page.getByTestId('state-title').textContent()).toContain('系统')
    expect(await page.getByTestId('state-error').textContent()).not.toContain('网络')
    expect(await page.getByTestId('go-back').count()).toBe(1)
    await h.shot(page, 'guidance-07-server-error')
    await page.context().close()
  })
})
