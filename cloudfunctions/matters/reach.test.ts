/** Staff reach every matter: 全部 and 已办结, search, and a point's 小程序码. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../emulator/seed'
import { startTestSystem, type TestSystem } from '../../emulator/testing'

let sys: TestSystem
let n = 0
const staff = (openid: string, event: object) => sys.call('staff', openid, event)
const resident = (openid: string, event: object) => sys.call('resident', openid, event)
const OTHER_LEADER = 'reach-other-leader'

async function submit(owner: string, contact: { name: string; phone: string; address: string }, category = '政策咨询') {
  n++
  const r = await resident(owner, {
    action: 'item.submit',
    requestId: `reach-test-${String(n).padStart(5, '0')}`,
    pointCode: DEMO.pointCode,
    category,
    content: '村口的路灯坏了一个多月了，晚上出门很不方便',
    contact,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as { id: string; no: string }
}

/** Submitted, accepted, replied and rated 满意: closed. */
async function closedMatter(owner: string) {
  const m = await submit(owner, { name: '刘晓梅', phone: '13700001111', address: '新东社区幸福路3号' })
  await staff(DEMO.cadre1, { action: 'item.accept', id: m.id, track: 'local', importance: 'normal', tier: 'cadre' })
  await staff(DEMO.cadre1, { action: 'item.reply', id: m.id, answer: '路灯已经修好', unit: '社区居委会', handler: '张建国' })
  const rated = await resident(owner, { action: 'item.rate', id: m.id, level: 'satisfied', solved: true })
  if (!rated.ok) throw new Error(JSON.stringify(rated))
  return m
}

beforeAll(async () => {
  sys = await startTestSystem({ functions: { resident: { submitLimitPerHour: 1000 } } })
  const db = sys.cloud.port.database({ throwOnNotFound: false })
  await db.collection('points').doc('point-zz09').set({
    data: { code: 'zz09', name: '别处说事点', kind: 'talk', community: '别处', address: '别处', openHours: '周三', leadCadre: OTHER_LEADER, routing: {}, active: true },
  })
  await db.collection('staff').doc(OTHER_LEADER).set({
    data: { openid: OTHER_LEADER, name: '外点领导', roles: ['cadre', 'leader'], points: ['zz09'], active: true },
  })
})
afterAll(async () => {
  await sys.stop()
})

describe('全部 and 已办结', () => {
  it('a closed matter stays within reach: 已办结 and 全部, for its cadre and the leader', async () => {
    const m = await closedMatter('reach-resident-closed')
    for (const who of [DEMO.cadre1, DEMO.leader]) {
      const closed = await staff(who, { action: 'queue', tab: 'closed', limit: 50 })
      expect(closed.data.items.map((i: { id: string }) => i.id)).toContain(m.id)
      expect(closed.data.counts.closed).toBeGreaterThanOrEqual(1)
      const all = await staff(who, { action: 'queue', tab: 'all', limit: 50 })
      expect(all.data.items.map((i: { id: string }) => i.id)).toContain(m.id)
      expect(all.data.counts.all).toBeGreaterThanOrEqual(all.data.counts.closed)
    }
    const elsewhere = await staff(OTHER_LEADER, { action: 'queue', tab: 'all', limit: 50 })
    expect(elsewhere.data.items.map((i: { id: string }) => i.id)).not.toContain(m.id)
  })
})

describe('search', () => {
  it('finds by registration number, phone, last 4 digits, name and category, within the caller’s points', async () => {
    const m = await submit('reach-resident-search', { name: '欧阳春花', phone: '13955557321', address: '新东社区和平路7号' }, '社会保障')
    const find = async (q: string, who: string = DEMO.cadre2) => {
      const r = await staff(who, { action: 'items.search', q, limit: 50 })
      if (!r.ok) throw new Error(JSON.stringify(r))
      return r.data.items.map((i: { id: string }) => i.id) as string[]
    }
    expect(await find(m.no)).toEqual([m.id])
    expect(await find('139 5555 7321')).toContain(m.id)
    expect(await find('7321')).toContain(m.id)
    expect(await find('欧阳春花')).toEqual([m.id])
    expect(await find('社会保障')).toContain(m.id)
    expect(await find(m.no, DEMO.leader)).toEqual([m.id])
    expect(await find(m.no, OTHER_LEADER)).toEqual([])
    expect(await find('5555')).not.toContain(m.id) // the last 4 digits, not any 4
  })

  it('writes a search by personal data to the audit log, not one by number', async () => {
    const db = sys.cloud.port.database({ throwOnNotFound: false })
    const before = (await db.collection('audit').where({ actor: DEMO.cadre3 }).count()).total
    await staff(DEMO.cadre3, { action: 'items.search', q: '202611001' })
    expect((await db.collection('audit').where({ actor: DEMO.cadre3 }).count()).total).toBe(before)
    await staff(DEMO.cadre3, { action: 'items.search', q: '张三' })
    const after = await db.collection('audit').where({ actor: DEMO.cadre3 }).get()
    expect(after.data).toHaveLength(before + 1)
    expect(after.data.at(-1)).toMatchObject({ action: 'items.search:name' })
  })

  it('refuses residents and outsiders before reading anything, and says what may be searched', async () => {
    expect((await staff(DEMO.residentA, { action: 'items.search', q: '张三' })).error.code).toBe('FORBIDDEN')
    const bad = await staff(DEMO.cadre1, { action: 'items.search', q: '{"$gt":""}' })
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('登记编号') })
    expect((await staff(DEMO.cadre1, { action: 'items.search', q: '' })).error.code).toBe('INVALID_INPUT')
    expect((await staff(DEMO.cadre1, { action: 'items.search', q: '张三', cursor: '99999' })).error.code).toBe('INVALID_INPUT')
  })
})

describe('a point’s 小程序码', () => {
  it('an admin gets it, the same file the second time; the code may be typed in any case', async () => {
    const first = await staff(DEMO.admin, { action: 'points.qrcode', code: 'xd02' })
    expect(first.ok).toBe(true)
    expect(first.data.fileID).toMatch(/^cloud:\/\/.+\/qrcodes\/xd02-\d+\.png$/)
    const image = await fetch(first.data.url)
    expect(image.status).toBe(200)
    expect(Buffer.from(await image.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG')
    const again = await staff(DEMO.admin, { action: 'points.qrcode', code: ' XD02 ' })
    expect(again.data.fileID).toBe(first.data.fileID)
  })

  it('two first requests at once answer with one file', async () => {
    const db = sys.cloud.port.database({ throwOnNotFound: false })
    await db.collection('points').doc('point-zz09').update({ data: { qrcodeFileID: db.command.remove() } })
    const [a, b] = await Promise.all([
      staff(DEMO.admin, { action: 'points.qrcode', code: 'zz09' }),
      staff(OTHER_LEADER, { action: 'points.qrcode', code: 'zz09' }),
    ])
    expect(a.data.fileID).toBe(b.data.fileID)
  })

  it('a leader of the point may; a cadre, another point’s leader and a resident may not', async () => {
    expect((await staff(DEMO.leader, { action: 'points.qrcode', code: 'xd01' })).ok).toBe(true)
    expect((await staff(DEMO.cadre1, { action: 'points.qrcode', code: 'xd01' })).error.code).toBe('FORBIDDEN')
    expect((await staff(OTHER_LEADER, { action: 'points.qrcode', code: 'xd01' })).error.code).toBe('FORBIDDEN')
    expect((await staff(DEMO.residentA, { action: 'points.qrcode', code: 'xd01' })).error.code).toBe('FORBIDDEN')
    expect((await staff(DEMO.admin, { action: 'points.qrcode', code: 'nosuch' })).error.code).toBe('NOT_FOUND')
  })

  it('residents open a point by its code in any case, with spaces', async () => {
    const r = await resident(DEMO.residentA, { action: 'points.get', code: ' XD01' })
    expect(r.data.code).toBe('xd01')
  })
})
