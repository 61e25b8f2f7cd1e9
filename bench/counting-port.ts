/** Wraps a CloudPort so that every database operation that reaches the store is counted. */
import type { CloudPort } from '../cloudfunctions/kernel/port'

const OPERATIONS = new Set(['get', 'count', 'update', 'remove', 'set', 'add'])

export interface OpCounter {
  ops: number
}

function wrap<T extends object>(target: T, counter: OpCounter): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (typeof prop === 'string' && OPERATIONS.has(prop)) counter.ops++
        if (prop === 'runTransaction') {
          const fn = args[0] as (tx: object) => Promise<unknown>
          return value.call(t, (tx: object) => fn(wrap(tx, counter)), ...args.slice(1))
        }
        const out = value.apply(t, args)
        const chainable = out && typeof out === 'object' && typeof (out as { then?: unknown }).then !== 'function'
        return chainable ? wrap(out as object, counter) : out
      }
    },
  })
}

export function countingPort(port: CloudPort, counter: OpCounter): CloudPort {
  return { ...port, database: (config) => wrap(port.database(config), counter) } as CloudPort
}
