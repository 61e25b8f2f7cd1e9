/**
 * The local cloud's timer triggers: each function's trigger declared in its config.json
 * (CloudBase's 7-field cron, China time), on the local cloud's clock. A check fires a
 * trigger when a trigger time has passed since the last check — once, for the latest
 * such time, however far the clock was moved forward (CloudBase does not replay missed
 * runs either). Moving the clock back fires nothing. Checks run every second of real
 * time, and at once when asked (after the clock is moved).
 */
import type { FunctionConfig } from '../cloudfunctions/kernel/openapi-calls'
import type { LocalClock } from './clock'
import { parseCron, type CronSchedule } from './cron'
import type { FunctionHandler } from './functions'

/** The event CloudBase gives a function its timer fires. */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

export interface TimerFiring {
  function: string
  trigger: string
  at: Date
  result: unknown
}

export interface Timers {
  /** Fires what is due on the clock now; resolves when those runs are done. */
  check(): Promise<TimerFiring[]>
  /** The latest firings (at most 100), oldest first. */
  fired(): TimerFiring[]
  stop(): void
}

interface Trigger {
  fn: string
  name: string
  cron: CronSchedule
}

export function declaredTriggers(configs: Record<string, FunctionConfig>): Trigger[] {
  const out: Trigger[] = []
  for (const [fn, config] of Object.entries(configs)) {
    for (const t of config.triggers ?? []) {
      if (t.type !== 'timer') throw new Error(`${fn}/config.json: trigger ${t.name} is not a timer (CloudBase has timers only)`)
      out.push({ fn, name: t.name, cron: parseCron(t.config) })
    }
  }
  return out
}

export function startTimers(options: {
  clock: Pick<LocalClock, 'now'>
  functions: Record<string, FunctionHandler>
  configs: Record<string, FunctionConfig>
  /** real time between checks; 0 checks only when asked */
  intervalMs?: number
  onError?: (err: unknown) => void
}): Timers {
  const triggers = declaredTriggers(options.configs)
  let lastCheck = options.clock.now()
  let running: Promise<TimerFiring[]> = Promise.resolve([])
  const log: TimerFiring[] = []
  const onError = options.onError ?? ((err) => console.error('[local cloud] timer trigger failed:', err))

  const runDue = async (): Promise<TimerFiring[]> => {
    const now = options.clock.now()
    const since = lastCheck
    lastCheck = now
    const fired: TimerFiring[] = []
    for (const t of triggers) {
      const at = t.cron.previous(now)
      if (!at || at <= since) continue
      const handler = options.functions[t.fn]
      if (!handler) continue
      const event: TimerEvent = { Type: 'Timer', TriggerName: t.name, Time: at.toISOString() }
      const firing = { function: t.fn, trigger: t.name, at, result: await handler(event) }
      fired.push(firing)
      log.push(firing)
      if (log.length > 100) log.shift()
    }
    return fired
  }
  // one check at a time, in order: a slow run is not overlapped by the next check
  const check = () => {
    running = running.catch(() => []).then(runDue)
    return running
  }
  const interval = options.intervalMs ?? 1000
  const timer = interval > 0 ? setInterval(() => check().catch(onError), interval) : undefined
  timer?.unref()
  return {
    check,
    fired: () => [...log],
    stop: () => {
      if (timer) clearInterval(timer)
    },
  }
}
