/**
 * The local cloud's one clock. It runs with real time from wherever it was last set, so
 * a person trying the app can jump to the end of a month and keep clicking; tests that
 * need time to stand still give the functions a clock of their own.
 */
export interface LocalClock {
  now(): Date
  /** Moves the clock so that it reads `at` now. */
  set(at: Date): void
  /** Moves the clock forward (or back, when negative) by `ms`. */
  advance(ms: number): void
}

export function createClock(start?: Date): LocalClock {
  let offsetMs = start ? start.getTime() - Date.now() : 0
  const check = (ms: number) => {
    if (!Number.isFinite(ms)) throw new RangeError('clock: not a valid time')
    return ms
  }
  return {
    now: () => new Date(Date.now() + offsetMs),
    set: (at) => {
      offsetMs = check(at.getTime()) - Date.now()
    },
    advance: (ms) => {
      offsetMs += check(ms)
    },
  }
}
