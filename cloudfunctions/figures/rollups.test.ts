/**
 * Roll-ups against the matters: random sequences of real changes through the functions
 * (submit, accept, extend, reply, rate — 不满意 reopens —, withdraw, the clock moving past
 * deadlines and the rating window, the timer closing 未评价), then the figures from
 * roll-ups + open matters must equal those read matter by matter (the old path, kept as
 * `liveFigures`) for whole months, a quarter and periods that cut a month, per point and
 * summed; and the check must find nothing. Fixed seed: the same sequences every run.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaYmd } from '../../domain/kernel/display-dates'
import { periodInstants } from '../../domain/kernel/periods'
import { fresh, startWorld, submitEvent, type World } from '../testing'
import { figuresOfPoints, matterFigures } from './figures-points'
import { liveFigures } from './figures-read'
import { checkRollups, rebuildRollups } from './rollup-check'

const START = '2026-01-20T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

type Level = 'satisfied' | 'basic' | 'unsatisfied'
type Step =
  | { kind: 'submit' }
  /** the matter's next step for its status; `other` takes the side road (撤回, 延期) */
  | { kind: 'next'; pick: number; other: boolean; level: Level; solved: boolean }
  /** any change on any matter: the refused ones must change nothing */
  | { kind: 'any'; pick: number; action: 'accept' | 'reply' | 'withdraw' | 'rate' }
  | { kind: 'wait'; hours: number }
  | { kind: 'tick' }

const pick = fc.nat(1000)
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'submit' as const }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('next' as const), pick, other: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), level: fc.constantFrom<Level>('satisfied', 'basic', 'unsatisfied'), solved: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('any' as const), pick, action: fc.constantFrom('accept' as const, 'reply' as const, 'withdraw' as const, 'rate' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 12 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'tick' as const }) },
)

async function change(action: string, id: string, lead: string, owner: string, s: { other?: boolean; level?: Level; solved?: boolean; pick: number }) {
  const now = w.clock.now()
  if (action === 'accept') return w.staff(lead, { action: 'item.accept', id, track: 'local', importance: s.pick % 3 ? 'normal' : 'important', tier: 'cadre' })
  if (action === 'reply') return w.staff(lead, { action: 'item.reply', id, answer: '已经处理好了', unit: '社区居委会', handler: '张建国' })
  if (action === 'extend') return w.staff(lead, { action: 'item.extend', id, reason: '需要等排期', dueDate: chinaYmd(now, 20), note: '已经联系' })
  if (action === 'withdraw') return w.resident(owner, { action: 'item.withdraw', id })
  return w.resident(owner, { action: 'item.rate', id, level: s.level ?? 'satisfied', solved: s.solved ?? true, opinion: '还是没有解决' })
}

const NEXT: Record<string, [string, string]> = {
  submitted: ['accept', 'withdraw'],
  accepted: ['reply', 'extend'],
  in_progress: ['reply', 'extend'],
  replied: ['rate', 'rate'],
}

async function run(steps: Step[], code: string, lead: string, owner: string) {
  const ids: string[] = []
  for (const s of steps) {
    if (s.kind === 'submit') {
      const r = await w.resident(owner, submitEvent({ pointCode: code }))
      if (r.ok) ids.push(r.data.id)
    } else if (s.kind === 'wait') w.clock.set(new Date(w.clock.now().getTime() + s.hours * 3_600_000).toISOString())
    else if (s.kind === 'tick') await w.sys.call('scheduler', null, { action: 'tick' })
    else if (ids.length === 0) continue
    else if (s.kind === 'any') await change(s.action, ids[s.pick % ids.length], lead, owner, s)
    else {
      const id = ids[s.pick % ids.length]
      const next = NEXT[(await w.rawItem(id))?.status]
      if (next) await change(next[s.other ? 1 : 0], id, lead, owner, s)
    }
  }
}

const PERIODS = [
  { from: '2026-01-01', to: '2026-03-31' }, // a quarter: three whole months
  { from: '2026-02-01', to: '2026-02-28' }, // one whole month
  { from: '2026-01-25', to: '2026-03-10' }, // cuts January and March, February whole
  { from: '2026-02-03', to: '2026-02-17' }, // inside one month
]

describe('roll-ups', () => {
  it('answer what the matters answer, after any sequence of changes', async () => {
    const seen = { rated: 0, unsatisfied: 0, unrated: 0, withdrawn: 0, late: 0, extensions: 0, overdueNow: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 40, maxLength: 90 }), async (steps) => {
        w.clock.set(START)
        const { code, lead } = await w.addPoint()
        const other = await w.addPoint()
        const owner = fresh('resident')
        await run(steps, code, lead, owner)
        const now = w.clock.now()
        for (const days of PERIODS) {
          const { start, end } = periodInstants(days)
          const scope = { pointCodes: [code, other.code], cadre: null, start, end }
          const reference = await liveFigures(w.db(), scope, now)
          if (days === PERIODS[0]) for (const k of Object.keys(seen) as (keyof typeof seen)[]) seen[k] += reference.counts[k]
          expect(await matterFigures(w.db(), scope, now)).toEqual(reference)
          const perPoint = await figuresOfPoints(w.db(), [code, other.code], start, end, now)
          expect(perPoint.get(code)).toEqual(await liveFigures(w.db(), { ...scope, pointCodes: [code] }, now))
          expect(perPoint.get(other.code)?.counts.collected).toBe(0)
        }
        expect(await checkRollups(w.db(), now)).toEqual([])
      }),
      { seed: 17, numRuns: 10 },
    )
    // the sequences reached every way a matter settles, and open ones past their deadline
    for (const [set, n] of Object.entries(seen)) expect(n, set).toBeGreaterThan(0)
  }, 240_000)

  it('the check names a roll-up that differs from its matters', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    const owner = fresh('resident')
    await run([{ kind: 'submit' }, { kind: 'next', pick: 0, other: true, level: 'satisfied', solved: true }], code, lead, owner)
    expect(await checkRollups(w.db(), w.clock.now())).toEqual([])
    await w.db().collection('rollups').doc(`${code}-202601`).update({ data: { counts: { withdrawn: 2 } } })
    expect(await checkRollups(w.db(), w.clock.now())).toEqual([`${code}-202601 withdrawn: 汇总 2，事项 1`])
    await w.db().collection('rollups').doc(`${code}-202601`).remove()
    expect(await checkRollups(w.db(), w.clock.now())).toEqual([`${code}-202601: 没有汇总（1 件已办结或撤回）`])
    // the rebuild mends it, and leaves the world as clean for the file's other tests, in any order
    await rebuildRollups(w.db(), w.clock.now())
    expect(await checkRollups(w.db(), w.clock.now())).toEqual([])
  })
})
