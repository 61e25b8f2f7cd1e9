import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEDULER_BUDGET_MS } from '../scheduler/handler'
import { FUNCTION_TIMEOUTS_S, workBudgetMs, type FunctionName } from './timeouts'
import { DEFAULT_RETRY_BUDGET_MS } from './transaction'

const CLOUDBASE_DEFAULT_S = 3
const config = (fn: string) => JSON.parse(readFileSync(path.join(__dirname, '..', fn, 'config.json'), 'utf8')) as { timeout?: unknown }

describe('function timeouts', () => {
  it.each(Object.keys(FUNCTION_TIMEOUTS_S) as FunctionName[])('%s: config.json sets the timeout the code budgets against', (fn) => {
    const { timeout } = config(fn)
    expect(timeout).toBe(FUNCTION_TIMEOUTS_S[fn])
    expect(timeout).toBeGreaterThan(CLOUDBASE_DEFAULT_S)
    // CloudBase allows at most 900 s
    expect(timeout).toBeLessThanOrEqual(900)
    expect(workBudgetMs(fn)).toBeLessThanOrEqual(FUNCTION_TIMEOUTS_S[fn] * 1000 * 0.6)
  })

  it('the scheduler works well inside its timeout', () => {
    expect(SCHEDULER_BUDGET_MS).toBeGreaterThan(0)
    expect(SCHEDULER_BUDGET_MS).toBeLessThanOrEqual(FUNCTION_TIMEOUTS_S.scheduler * 1000 * 0.6)
  })

  it('retrying a write conflict stops well inside every function’s timeout', () => {
    for (const fn of Object.keys(FUNCTION_TIMEOUTS_S) as FunctionName[]) {
      expect(DEFAULT_RETRY_BUDGET_MS).toBeLessThanOrEqual(FUNCTION_TIMEOUTS_S[fn] * 1000 * 0.5)
    }
  })
})
