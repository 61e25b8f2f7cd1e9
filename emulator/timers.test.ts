/**
 * The scheduler runs from the timer trigger declared in its config.json, on the local
 * clock: the trigger tested is the one deployed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { FUNCTION_CONFIGS } from '../cloudfunctions/configs'
import { manualClock, startTestSystem, type TestSystem } from './testing'
import { declaredTriggers, startTimers } from './timers'

const systems: TestSystem[] = []
afterEach(async () => {
  await Promise.all(systems.splice(0).map((s) => s.stop()))
})

async function system(options: Parameters<typeof startTestSystem>[0] = {}) {
  const sys = await startTestSystem({ seed: false, ...options })
  systems.push(sys)
  return sys
}

const china = (text: string) => new Date(`${text}+08:00`)

describe('timer triggers', () => {
  it('are read from config.json: the scheduler, hourly on the hour', () => {
    expect(declaredTriggers(FUNCTION_CONFIGS).map((t) => [t.fn, t.name, t.cron.expression])).toEqual([['scheduler', 'hourly', '0 0 * * * * *']])
  })

  it('fire the scheduler once when the clock passes a trigger time, with CloudBase\'s timer event', async () => {
    const sys = await system()
    const clock = manualClock(china('2026-11-28T10:59:58'))
    const events: unknown[] = []
    const scheduler = sys.functions.scheduler
    const timers = startTimers({
      clock,
      functions: { scheduler: (event) => (events.push(event), scheduler(event)) },
      configs: FUNCTION_CONFIGS,
      intervalMs: 0,
    })
    expect(await timers.check()).toEqual([])
    clock.set(china('2026-11-28T11:00:00'))
    const [firing, ...more] = await timers.check()
    expect(more).toEqual([])
    expect(firing).toMatchObject({ function: 'scheduler', trigger: 'hourly', at: china('2026-11-28T11:00:00') })
    // the scheduler took the event as its tick (not refused as an unknown action)
    expect(firing.result).toMatchObject({ ok: true, data: { reminders: expect.anything() } })
    expect(events).toEqual([{ Type: 'Timer', TriggerName: 'hourly', Time: '2026-11-28T03:00:00.000Z' }])
    clock.advance(59 * 60_000)
    expect(await timers.check()).toEqual([])
  })

  it('fire once, for the latest missed time, when the clock jumps forward; not when it goes back', async () => {
    const sys = await system()
    const clock = manualClock(china('2026-11-28T10:30:00'))
    const timers = startTimers({ clock, functions: sys.functions, configs: FUNCTION_CONFIGS, intervalMs: 0 })
    clock.set(china('2026-12-02T14:20:00'))
    expect((await timers.check()).map((f) => f.at)).toEqual([china('2026-12-02T14:00:00')])
    clock.set(china('2026-11-30T09:00:00'))
    expect(await timers.check()).toEqual([])
    clock.set(china('2026-11-30T10:00:00'))
    expect((await timers.check()).map((f) => f.at)).toEqual([china('2026-11-30T10:00:00')])
  })

  it('fire in the running local system when POST /clock moves the clock past an hour', async () => {
    const sys = await system({ timers: true, startAt: china('2026-11-28T10:00:00') })
    expect(sys.timers.fired()).toEqual([])
    const res = await fetch(`${sys.url}/clock`, { method: 'POST', body: JSON.stringify({ now: '2026-11-28T04:00:30Z' }) })
    expect(res.ok).toBe(true)
    expect(sys.timers.fired().map((f) => [f.function, f.at])).toEqual([['scheduler', china('2026-11-28T12:00:00')]])
  })
})
