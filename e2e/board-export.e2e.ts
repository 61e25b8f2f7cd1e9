/**
 * 大家说的事 and 导出, in a real browser against the real local cloud: a resident rates an
 * answered matter with 公开 ticked; it is not on the board until the point's leader, in
 * 工作台 → 公开审核, reads the redacted text beside the original and approves it; then
 * another resident finds it on the point's board with no name, phone or address, and the
 * resident reads 已公开 on the matter in 我的 and a message in 消息. A leader prints the
 * four forms and downloads the period's CSV, which parses with the Chinese columns.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_COLUMNS } from '../domain/exports/api'
import { DEMO } from '../emulator/seed'
import { parseCsv } from '../cloudfunctions/testing-csv'
import { api } from './api'
import { startHarness, type Harness } from './harness'

const NAME = '刘桂芳'
const PHONE = '13957123456'
const ADDRESS = '新东社区幸福路12号3单元501室'
const CONTENT = `我叫${NAME}，住幸福路12号3单元501室，电话 139 5712 3456。楼上空调外机漏水滴到我家窗台，找了物业也没用。`
const ANSWER = '已协调物业维修楼上空调外机，窗台已清理干净。'

let h: Harness
let matter = { id: '', no: '' }

beforeAll(async () => {
  h = await startHarness()
  const a = api(h.system)
  matter = await a.submit(DEMO.residentA, { pointCode: DEMO.pointCode, category: '物业管理', content: CONTENT, name: NAME, phone: PHONE, address: ADDRESS })
  const assignee = (await a.staff(DEMO.leader, { action: 'item.get', id: matter.id })).assignee.openid
  await a.staff(assignee, { action: 'item.accept', id: matter.id, track: 'local', importance: 'normal', tier: 'cadre' })
  await a.staff(assignee, { action: 'item.reply', id: matter.id, answer: ANSWER, unit: '社区居委会', handler: '李秀英' })
})
afterAll(async () => {
  await h?.stop()
})

describe('大家说的事', () => {
  it('a resident rates with 公开 ticked', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${matter.id}`)
    await page.getByTestId('rate-form').waitFor()
    expect(await page.getByTestId('rate-public').textContent()).toContain('已去除姓名电话地址')
    await page.getByTestId('rate-level-satisfied').click()
    await page.getByTestId('rate-solved-yes').click()
    await page.getByTestId('rate-public-yes').click()
    await h.shot(page, 'board-01-rate-public')
    await page.getByTestId('rate-submit').click()
    await page.getByTestId('rate-result').waitFor()
    const stored = (await h.system.cloud.db.dump('items')).find((i) => i._id === matter.id)
    expect(stored?.board).toMatchObject({ status: 'pending', verdict: 'pass' })
    expect(await page.getByTestId('public-state-word').textContent()).toBe('公开审核中')
    await page.context().close()
  })

  it('the board does not show it while it waits for the leader', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await page.getByTestId('open-board').click()
    await page.getByTestId('board-empty').waitFor()
    expect(await page.getByTestId('board-entry').count()).toBe(0)
    await page.context().close()
  })

  it('the leader finds it in 工作台 → 公开审核, the redacted text beside the original, and approves it once', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('workbench-board-review-count').textContent()).toBe('1 件待审核')
    await page.getByTestId('workbench-board-review').click()
    const row = page.getByTestId('review-row')
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    const redacted = (await page.getByTestId('review-redacted').textContent()) ?? ''
    const original = (await page.getByTestId('review-original').textContent()) ?? ''
    expect(redacted).toContain('空调外机漏水')
    expect(redacted).toContain(ANSWER)
    for (const bit of [NAME, '139 5712 3456', '幸福路12号']) {
      expect(redacted).not.toContain(bit)
      expect(original).toContain(bit)
    }
    // 不公开 asks for a reason before anything is sent
    await page.getByTestId('review-refuse').click()
    await page.getByTestId('review-refuse-submit').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('不公开时请写明原因')
    await page.getByTestId('review-refuse-form').locator('.sf-submit__cancel').click()
    await h.shot(page, 'board-02-review')
    // a double tap approves once
    await page.getByTestId('review-approve').dblclick()
    await page.getByTestId('review-notice').waitFor()
    await page.getByTestId('review-empty').waitFor()
    const reviewed = (await h.system.cloud.db.dump('items')).find((i) => i._id === matter.id)
    expect(reviewed?.board).toMatchObject({ status: 'approved', reviewedBy: DEMO.leader })
    const told = (await h.system.cloud.db.dump('messages')).filter((m) => m.recipient === DEMO.residentA && String(m.title).startsWith('公开审核'))
    expect(told).toHaveLength(1)
    await page.context().close()
  })

  it('another resident sees it on the board from the point page, without the name, phone or address', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await page.getByTestId('open-board').click()
    const entry = page.getByTestId('board-entry')
    await entry.first().waitFor()
    expect(await entry.count()).toBe(1)
    const text = (await page.locator('body').textContent()) ?? ''
    expect(await entry.first().textContent()).toContain('空调外机漏水')
    expect(await page.getByTestId('board-entry-answer').first().textContent()).toContain('窗台已清理干净')
    for (const bit of [NAME, '桂芳', PHONE, '139 5712 3456', '3456', '幸福路12号', '501']) expect(text).not.toContain(bit)
    // one matter rated: a count, never a percentage
    expect(await page.getByTestId('headline-satisfaction').textContent()).toContain('样本不足（1 件）')
    await h.shot(page, 'board-03-board')
    await page.context().close()
  })

  it('the resident reads 已公开 on the matter in 我的 and the leader’s decision in 消息', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const row = page.getByTestId('mine-row').filter({ hasText: matter.no })
    await expect.poll(() => row.getByTestId('mine-row-public').textContent()).toBe('已公开')
    await page.getByTestId('messages-entry').click()
    await page.getByTestId('message-row').filter({ hasText: '公开审核：已公开' }).waitFor()
    await h.shot(page, 'board-04-message')
    await page.getByTestId('message-row').filter({ hasText: '公开审核：已公开' }).click()
    await expect.poll(() => page.getByTestId('public-state-word').textContent()).toBe('已公开')
    expect(await page.getByTestId('unpublish').isVisible()).toBe(true)
    await page.context().close()
  })
})

describe('导出 and 打印登记表 for a leader', () => {
  it('prints the four forms, one A4 page each', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${matter.id}`)
    await page.getByTestId('open-forms').click()
    await page.getByTestId('sheet-review').waitFor()
    for (const sheet of ['collect', 'handle', 'feedback', 'review']) {
      expect(await page.getByTestId(`sheet-${sheet}`).textContent()).toContain(matter.no)
    }
    expect(await page.getByTestId('sheet-collect').textContent()).toContain(PHONE)
    expect(await page.getByTestId('sheet-review').textContent()).toContain('☑ 满意')
    await h.shot(page, 'board-05-forms')
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages).toHaveLength(4)
    await page.context().close()
  })

  it('downloads the period’s CSV, masked, with the Chinese columns', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('open-exports').click()
    await page.getByTestId('export-submit').waitFor()
    expect(await page.getByTestId('export-unmasked-note').textContent()).toContain('隐去')
    await page.getByTestId('export-submit').click()
    await page.getByTestId('export-result').waitFor()
    await h.shot(page, 'board-06-export')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()])
    const bytes = readFileSync((await download.path()) ?? '')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8').slice(1))
    expect(rows[0]).toEqual([...EXPORT_COLUMNS])
    const row = rows.find((r) => r[0] === matter.no)
    expect(row).toBeDefined()
    const cell = (c: (typeof EXPORT_COLUMNS)[number]) => row?.[EXPORT_COLUMNS.indexOf(c)]
    expect(cell('姓名')).toBe('刘**')
    expect(cell('电话')).toBe('139****3456')
    expect(cell('评价')).toBe('满意')
    expect(bytes.toString('utf8')).not.toContain(PHONE)
    await page.context().close()
  })
})
