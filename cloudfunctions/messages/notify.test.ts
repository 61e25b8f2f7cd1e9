/** Each moment of a matter tells the right person, through the outbox, and only them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptEvent, fresh, replyEvent, startWorld, submitEvent, type World } from '../testing'
import { templateIdsFor } from './template-ids'

let w: World
const ids = templateIdsFor('local-shuoshi')!

beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

/** A point of its own, with a cadre who answers there and a leader. */
async function setting() {
  const { code, lead } = await w.addPoint()
  const resident = fresh('resident')
  return { code, cadre: lead, resident }
}

async function box(openid: string, fn: 'resident' | 'staff' = 'resident') {
  const r = await (fn === 'resident' ? w.resident(openid, { action: 'messages.list', limit: 50 }) : w.staff(openid, { action: 'messages.list', limit: 50 }))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return (r.data.items as { title: string; template: string }[]).map((m) => `${m.template}:${m.title}`)
}

async function submitAt(code: string, resident: string, requestId = fresh('req')) {
  const r = await w.resident(resident, submitEvent({ pointCode: code, requestId }))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.id as string
}

describe('who is told what', () => {
  it('a new matter tells its cadre, once even when the submission is retried; the resident nothing', async () => {
    const { code, cadre, resident } = await setting()
    const requestId = fresh('req')
    await submitAt(code, resident, requestId)
    await submitAt(code, resident, requestId)
    expect(await box(cadre, 'staff')).toEqual([expect.stringMatching(/^assigned:新登记的事项：[A-Z0-9_-]+-\d{9} 政策咨询$/)])
    expect(await box(resident)).toEqual([])
  })

  it('acceptance, a visible note, a reply: each tells the resident; an internal note tells nobody', async () => {
    const { code, cadre, resident } = await setting()
    const id = await submitAt(code, resident)
    for (const event of [
      acceptEvent(id),
      { action: 'item.progress', id, note: '供电所说这户人难缠', visibleToResident: false },
      { action: 'item.progress', id, note: '已联系供电所', visibleToResident: true },
      replyEvent(id),
    ]) {
      w.clock.advance(60_000)
      expect((await w.staff(cadre, event)).ok).toBe(true)
    }
    expect(await box(resident)).toEqual(['replied:您的诉求已答复', 'progress:办理进展', 'accepted:您的诉求已受理'])
    const other = fresh('someone')
    expect(await box(other)).toEqual([])
  })

  it('不满意 reopens: the resident is told, the cadre asked to follow up; a second one goes to the leaders', async () => {
    const { code, cadre, resident } = await setting()
    const id = await submitAt(code, resident)
    await w.staff(cadre, acceptEvent(id))
    for (const round of [1, 2]) {
      await w.staff(cadre, replyEvent(id))
      const rated = await w.resident(resident, { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: `第${round}次还是不亮` })
      expect(rated.ok).toBe(true)
    }
    expect((await box(resident)).filter((m) => m.startsWith('progress:事项重新办理'))).toHaveLength(2)
    expect((await box(cadre, 'staff')).filter((m) => m === 'assigned:居民不满意，请回访')).toHaveLength(2)
    // the point's lead cadre is also its leader (w.addPoint): one 督办 notice
    expect((await box(cadre, 'staff')).filter((m) => m === 'due:两次不满意，请督办')).toHaveLength(1)
  })
})

describe('sent right after the change', () => {
  it('with quota the reply reaches WeChat within the call; without, it stays in the box only', async () => {
    const { code, cadre, resident } = await setting()
    const recorded = await w.resident(resident, { action: 'subscriptions.record', results: { replied: 'accept' } })
    expect(recorded.data.counts.replied).toBe(1)
    w.sys.cloud.openapi.addQuota(resident, ids.replied) // what WeChat granted at the same tap
    const id = await submitAt(code, resident)
    await w.staff(cadre, acceptEvent(id))
    await w.staff(cadre, replyEvent(id))
    const pushed = w.sys.cloud.openapi.inbox(resident)
    expect(pushed.map((m) => m.templateId)).toEqual([ids.replied])
    expect(pushed[0].page).toBe(`pages/item/index?id=${id}`)
    // 已受理 had no quota: in the box, not pushed
    expect(await box(resident)).toContain('accepted:您的诉求已受理')
    const outbox = await w.db().collection('outbox').where({ recipient: resident }).get()
    expect(outbox.data.map((m) => m.status).sort()).toEqual(['in_app_only', 'sent'])
  })
})
