/** 导出: who may, what the CSV holds, and that a full export is recorded. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EXPORT_COLUMNS } from '../../domain/exports/api'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'
import { parseCsv } from '../testing-csv'

const START = '2026-03-10T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

const person = { name: '刘桂芳', phone: '13957123456', address: '新东社区幸福路12号3单元501室' }

async function register(pointCode: string, content = '小区门口的路灯坏了一个多月，晚上很黑') {
  const r = await w.resident(DEMO.residentA, { action: 'item.submit', requestId: fresh('req'), pointCode, category: '基础设施', content, contact: person })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as { id: string; no: string }
}

const exportAs = (openid: string | null, extra: object = {}) =>
  w.staff(openid, { action: 'exports.items', from: '2026-03-01', to: '2026-03-31', ...extra })

async function download(url: string): Promise<{ bytes: Buffer; rows: string[][] }> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  const bytes = Buffer.from(await res.arrayBuffer())
  return { bytes, rows: parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')) }
}

const auditOf = async (actor: string) =>
  (await w.db().collection('audit').where({ actor }).limit(100).get()).data as { action: string; target: string }[]


describe('who may export', () => {
  it('a resident, a cadre and a leader of another point are refused, and nothing is read or recorded', async () => {
    const point = await w.addPoint()
    const otherLeader = await w.addStaff({ name: '别处领导', roles: ['leader'], points: [DEMO.studioCode] })
    const cadre = await w.addStaff({ name: '干部', roles: ['cadre'], points: [point.code] })
    await register(point.code)
    for (const [who, event] of [
      [DEMO.residentA, {}],
      [cadre, { pointCode: point.code }],
      [otherLeader, { pointCode: point.code }],
    ] as const) {
      const r = await exportAs(who, { ...event, unmasked: true })
      expect(r.error.code).toBe('FORBIDDEN')
      expect(JSON.stringify(r)).not.toContain('刘桂芳')
      expect(await auditOf(who)).toEqual([])
    }
  })

  it('refuses a period backwards or longer than a year', async () => {
    expect((await exportAs(DEMO.leader, { from: '2026-03-31', to: '2026-03-01' })).error.code).toBe('INVALID_INPUT')
    expect((await exportAs(DEMO.leader, { from: '2025-01-01', to: '2026-01-02' })).error).toMatchObject({ code: 'INVALID_INPUT', message: '一次最多导出 366 天' })
  })
})

describe('the CSV', () => {
  it('starts with the BOM, ends lines with CRLF, has the Chinese columns, masks personal data by default', async () => {
    const point = await w.addPoint()
    const a = await register(point.code)
    const r = await exportAs(point.lead)
    expect(r.data).toMatchObject({ rows: 1, unmasked: false })
    const { bytes, rows } = await download(r.data.url)
    expect((await auditOf(point.lead)).map((e) => e.action)).toEqual(['exports.items:masked'])
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('\r\n')
    expect(rows[0]).toEqual([...EXPORT_COLUMNS])
    expect(rows).toHaveLength(2)
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, rows[1][i]]))
    expect(row).toMatchObject({ 登记编号: a.no, 登记时间: '2026-03-10 10:00', 分类: '基础设施', 姓名: '刘**', 电话: '139****3456', 状态: '已登记', 负责干部: '点负责人' })
    expect(row.地址).not.toContain('501')
    expect(bytes.toString('utf8')).not.toContain('13957123456')
  })

  it('a masked export takes personal data out of the matter’s own words too', async () => {
    const point = await w.addPoint()
    await register(point.code, '我叫刘桂芳，电话139-5712-3456，住幸福路12号3单元501室，楼道灯坏了')
    const masked = (await download((await exportAs(point.lead)).data.url)).bytes.toString('utf8')
    for (const bit of ['刘桂芳', '139-5712-3456', '幸福路12号']) expect(masked).not.toContain(bit)
    expect(masked).toContain('楼道灯坏了')
    const full = (await download((await exportAs(point.lead, { unmasked: true })).data.url)).bytes.toString('utf8')
    expect(full).toContain('我叫刘桂芳，电话139-5712-3456')
  })

  it('a masked export masks a phone and an address in 诉求内容 however they are written', async () => {
    const point = await w.addPoint()
    await register(point.code, '电话 138.7654.3210 或一三九 八七六五 四三二一，我住幸福路 88 弄 3 号，六楼，楼里六户都停水了')
    const { rows } = await download((await exportAs(point.lead)).data.url)
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, rows[1][i]]))
    expect(row.诉求内容).toBe('电话 ＊＊＊ 或＊＊＊，我住＊＊，楼里六户都停水了')
  })

  it('in full when the leader asks, and that is recorded', async () => {
    const point = await w.addPoint()
    const a = await register(point.code)
    await w.staff(point.lead, acceptEvent(a.id))
    await w.staff(point.lead, { action: 'item.reply', id: a.id, answer: '路灯已更换', unit: '社区居委会', handler: '王' })
    await w.resident(DEMO.residentA, { action: 'item.rate', id: a.id, level: 'basic', solved: true, opinion: '修得慢了点' })
    const r = await exportAs(point.lead, { unmasked: true, pointCode: point.code })
    const { rows } = await download(r.data.url)
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, rows[1][i]]))
    expect(row).toMatchObject({ 姓名: '刘桂芳', 电话: '139 5712 3456', 地址: person.address, 状态: '已办结', 答复内容: '路灯已更换', 评价: '基本满意', 是否解决: '已解决', 评议意见: '修得慢了点' })
    expect((await auditOf(point.lead)).filter((e) => e.action.startsWith('exports.'))).toEqual([
      expect.objectContaining({ action: 'exports.items:unmasked', target: `${point.code} 2026-03-01~2026-03-31` }),
    ])
  })

  it('quotes commas, quotes and line breaks, and guards cells that would run as formulas', async () => {
    const point = await w.addPoint()
    await register(point.code, '=HYPERLINK("http://example.com","点我"),路灯坏了\n请尽快修')
    await register(point.code, '@SUM(A1:A9) 小区门口积水很深')
    const { rows } = await download((await exportAs(point.lead)).data.url)
    const content = EXPORT_COLUMNS.indexOf('诉求内容')
    expect(rows.map((r) => r[content]).slice(1)).toEqual([
      `'=HYPERLINK("http://example.com","点我"),路灯坏了\n请尽快修`,
      `'@SUM(A1:A9) 小区门口积水很深`,
    ])
    expect(rows.every((r) => r.length === EXPORT_COLUMNS.length)).toBe(true)
  })

  it('holds the matters of the period in China time, of the leader’s points; an admin may take every point', async () => {
    const point = await w.addPoint()
    const other = await w.addPoint()
    w.clock.set('2026-02-28T15:59:59Z') // 2026-02-28 23:59:59 China time: before the period
    await register(point.code)
    w.clock.set('2026-02-28T16:00:00Z') // 2026-03-01 00:00 China time: the first instant
    const first = await register(point.code)
    w.clock.set('2026-03-31T15:59:59Z') // the last
    const last = await register(point.code)
    const elsewhere = await register(other.code)
    w.clock.set('2026-03-31T16:00:00Z') // 2026-04-01: after
    await register(point.code)
    const numbers = async (openid: string, extra: object = {}) =>
      (await download((await exportAs(openid, extra)).data.url)).rows.slice(1).map((r) => r[0])
    expect(await numbers(point.lead)).toEqual([first.no, last.no])
    expect(await numbers(DEMO.admin, { pointCode: point.code })).toEqual([first.no, last.no])
    const everything = await numbers(DEMO.admin)
    expect(everything).toEqual(expect.arrayContaining([first.no, last.no, elsewhere.no]))
  })
})
