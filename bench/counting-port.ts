/**
 * Wraps a CloudPort so that every database operation that reaches the store is counted,
 * and, when `log` is given, named (`items.doc.get`, `counters.doc.set (tx)`, …).
 */
import type { CloudPort } from '../cloudfunctions/kernel/port'

// a transaction is requests of its own (start, commit): counted once, as `transaction`
const OPERATIONS = new Set(['get', 'count', 'update', 'remove', 'set', 'add', 'end', 'runTransaction'])

export interface OpCounter {
  ops: number
  /** transactions that failed on a write conflict (each retried by the caller, or answered CONFLICT) */
  conflicts?: number
  /** each operation's name, in order, when present */
  log?: string[]
}

function labelOf(label: string, prop: string, args: unknown[]): string {
  if (prop === 'collection') return String(args[0])
  if (prop === 'doc') return `${label}.doc`
  if (prop === 'where' || prop === 'aggregate') return `${label}.${prop}`
  return label
}

function wrap<T extends object>(target: T, counter: OpCounter, label: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        const name = typeof prop === 'string' ? prop : ''
        // an aggregation reaches the store at end(); a query at get()
        if (OPERATIONS.has(name) && (name !== 'end' || label.endsWith('.aggregate'))) {
          counter.ops++
          counter.log?.push(name === 'runTransaction' ? 'transaction' : `${label}.${name}`)
        }
        if (name === 'runTransaction') {
          const fn = args[0] as (tx: object) => Promise<unknown>
          const run = value.call(t, (tx: object) => fn(wrap(tx, counter, 'tx:')), ...args.slice(1)) as Promise<unknown>
          return run.catch((err: unknown) => {
            if ((err as { code?: unknown })?.code === 'DATABASE_TRANSACTION_CONFLICT') counter.conflicts = (counter.conflicts ?? 0) + 1
            throw err
          })
        }
        const out = value.apply(t, args)
        const chainable = out && typeof out === 'object' && typeof (out as { then?: unknown }).then !== 'function'
        const next = label.startsWith('tx:') && name === 'collection' ? `tx:${String(args[0])}` : labelOf(label, name, args)
        return chainable ? wrap(out as object, counter, next) : out
      }
    },
  })
}

export function countingPort(port: CloudPort, counter: OpCounter): CloudPort {
  return { ...port, database: (config) => wrap(port.database(config), counter, 'db') } as CloudPort
}
