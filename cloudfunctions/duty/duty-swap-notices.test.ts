/** 换班 in 消息: every step of a request reaches both cadres, and WeChat where one allowed it; nobody else hears. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { templateIdsFor } from '../messages/template-ids'
import { addDutyPoint, DUTY_START } from './testing'
import { startWorld, type World } from '../testing'

let w: World
const ids = templateIdsFor('local-shuoshi')!

beforeAll(async () => {
  w = await startWorld(DUTY_START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(DUTY_START)
})

async function rotated() {
  const p = await addDutyPoint(w)
  const r = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b, p.c] })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return p
}

async function box(openid: string) {
  const r = await w.staff(openid, { action: 'messages.list', limit: 50 })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return (r.data.items as { title: string; body: string }[]).map((m) => `${m.title}｜${m.body}`).reverse()
}

describe('换班 told to both cadres', () => {
  it('asked and accepted: both boxes say who, which duty and what happened; 乙 allowed WeChat and gets it there too', async () => {
    const p = await rotated()
    // 乙 allowed one 到期提醒 at a tap (WeChat's grant and our record of it)
    await w.staff(p.b, { action: 'subscriptions.record', results: { due: 'accept' } })
    w.sys.cloud.openapi.addQuota(p.b, ids.due)

    const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b, theirOpeningId: p.march[1] })
    expect(ask.ok).toBe(true)
    const asked = '甲干部请乙干部换班：甲干部 3月4日（星期三）9:00 的值班（换乙干部 3月4日（星期三）14:30 的值班）。请乙干部在「值班表」里答复。'
    expect(await box(p.a)).toEqual([`换班申请已发出｜${asked}`])
    expect(await box(p.b)).toEqual([`有人请您换班｜${asked}`])
    expect(w.sys.cloud.openapi.inbox(p.b).map((m) => m.templateId)).toEqual([ids.due])
    expect(w.sys.cloud.openapi.inbox(p.a)).toEqual([])

    w.clock.advance(60_000)
    expect((await w.staff(p.b, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })).ok).toBe(true)
    expect((await box(p.a)).at(-1)).toMatch(/^对方同意换班｜乙干部同意了换班：.*值班表已更新。$/)
    expect((await box(p.b)).at(-1)).toMatch(/^您已同意换班｜/)
    expect(await box(p.c)).toEqual([])
  })

  it('declined, withdrawn, and a request asked again after a withdrawal: each step reaches both, once', async () => {
    const p = await rotated()
    const first = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[3], withOpenid: p.c })
    w.clock.advance(60_000)
    expect((await w.staff(p.a, { action: 'duty.swapWithdraw', id: first.data.id })).ok).toBe(true)
    w.clock.advance(60_000)
    const again = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[3], withOpenid: p.c })
    w.clock.advance(60_000)
    expect((await w.staff(p.c, { action: 'duty.swapAnswer', id: again.data.id, accept: false })).ok).toBe(true)
    const titles = async (openid: string) => (await box(openid)).map((m) => m.split('｜')[0])
    expect(await titles(p.a)).toEqual(['换班申请已发出', '您已撤回换班申请', '换班申请已发出', '对方没有同意换班'])
    expect(await titles(p.c)).toEqual(['有人请您换班', '换班申请已撤回', '有人请您换班', '您没有同意换班'])
    expect(await box(p.b)).toEqual([])
  })

  it('a request refused for bad input or rights tells nobody', async () => {
    const p = await rotated()
    expect((await w.staff(p.c, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.a })).error.code).toBe('INVALID_INPUT')
    for (const who of [p.a, p.b, p.c]) expect(await box(who)).toEqual([])
  })
})
