/**
 * `db.command`: the objects `_.gt(1)`, `_.or(...)`, `_.inc(1)` … build. They only record
 * what was asked; query-compiler.ts and update-compiler.ts give them meaning. Commands
 * the emulator does not implement throw as soon as they are built.
 */
import { notSupported } from './errors'

export type QueryOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'exists' | 'mod' | 'all' | 'elemMatch' | 'size'
export type LogicOp = 'and' | 'or' | 'nor'
export type UpdateOp =
  | 'set'
  | 'remove'
  | 'inc'
  | 'mul'
  | 'min'
  | 'max'
  | 'push'
  | 'pull'
  | 'pullAll'
  | 'addToSet'
  | 'pop'
  | 'shift'
  | 'unshift'

/** The SDK accepts both `_.or(a, b)` and `_.or([a, b])`. */
function operandList(args: unknown[]): unknown[] {
  return args.length === 1 && Array.isArray(args[0]) ? [...args[0]] : args
}

/** Shared by query and logic commands: combining with and/or/nor keeps the field. */
abstract class CombinableCommand {
  and(...args: unknown[]): LogicCommand {
    return new LogicCommand('and', [this, ...operandList(args)])
  }
  or(...args: unknown[]): LogicCommand {
    return new LogicCommand('or', [this, ...operandList(args)])
  }
  nor(...args: unknown[]): LogicCommand {
    return new LogicCommand('nor', [this, ...operandList(args)])
  }
  not(_expression?: unknown): LogicCommand {
    return notSupported('db.command.not')
  }
}

export class LogicCommand extends CombinableCommand {
  constructor(
    readonly op: LogicOp,
    readonly operands: readonly unknown[],
  ) {
    super()
  }
}

export class QueryCommand extends CombinableCommand {
  constructor(
    readonly op: QueryOp,
    readonly operand: unknown,
  ) {
    super()
  }
  // Chaining a comparison (`_.gt(1).lt(5)`) means both must hold, as in the SDK.
  eq(val: unknown) {
    return this.and(new QueryCommand('eq', val))
  }
  neq(val: unknown) {
    return this.and(new QueryCommand('neq', val))
  }
  gt(val: unknown) {
    return this.and(new QueryCommand('gt', val))
  }
  gte(val: unknown) {
    return this.and(new QueryCommand('gte', val))
  }
  lt(val: unknown) {
    return this.and(new QueryCommand('lt', val))
  }
  lte(val: unknown) {
    return this.and(new QueryCommand('lte', val))
  }
  in(val: unknown[]) {
    return this.and(new QueryCommand('in', val))
  }
  nin(val: unknown[]) {
    return this.and(new QueryCommand('nin', val))
  }
  exists(val: boolean) {
    return this.and(new QueryCommand('exists', val))
  }
  mod(divisor: number, remainder: number) {
    return this.and(new QueryCommand('mod', [divisor, remainder]))
  }
  all(val: unknown[]) {
    return this.and(new QueryCommand('all', val))
  }
  elemMatch(val: unknown) {
    return this.and(new QueryCommand('elemMatch', val))
  }
  size(val: number) {
    return this.and(new QueryCommand('size', val))
  }
  geoNear(_options: unknown): LogicCommand {
    return notSupported('db.command.geoNear')
  }
  geoWithin(_options: unknown): LogicCommand {
    return notSupported('db.command.geoWithin')
  }
  geoIntersects(_options: unknown): LogicCommand {
    return notSupported('db.command.geoIntersects')
  }
}

export class UpdateCommand {
  constructor(
    readonly op: UpdateOp,
    readonly operand: unknown,
  ) {}
}

export interface PushModifiers {
  each: unknown
  position?: unknown
  slice?: unknown
  sort?: unknown
}

export function isCommand(v: unknown): v is QueryCommand | LogicCommand | UpdateCommand {
  return v instanceof QueryCommand || v instanceof LogicCommand || v instanceof UpdateCommand
}

/** Any property read on it fails loudly (command namespaces the emulator lacks). */
function unsupportedNamespace(name: string): Record<string, never> {
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key === 'symbol') return undefined
        return notSupported(`db.command.${name}.${key}`)
      },
    },
  )
}

export function createCommand() {
  return {
    eq: (val: unknown) => new QueryCommand('eq', val),
    neq: (val: unknown) => new QueryCommand('neq', val),
    gt: (val: unknown) => new QueryCommand('gt', val),
    gte: (val: unknown) => new QueryCommand('gte', val),
    lt: (val: unknown) => new QueryCommand('lt', val),
    lte: (val: unknown) => new QueryCommand('lte', val),
    in: (val: unknown[]) => new QueryCommand('in', val),
    nin: (val: unknown[]) => new QueryCommand('nin', val),
    exists: (val: boolean) => new QueryCommand('exists', val),
    mod: (divisor: number, remainder: number) => new QueryCommand('mod', [divisor, remainder]),
    all: (val: unknown[]) => new QueryCommand('all', val),
    elemMatch: (val: unknown) => new QueryCommand('elemMatch', val),
    size: (val: number) => new QueryCommand('size', val),
    geoNear: (_options: unknown): QueryCommand => notSupported('db.command.geoNear'),
    geoWithin: (_options: unknown): QueryCommand => notSupported('db.command.geoWithin'),
    geoIntersects: (_options: unknown): QueryCommand => notSupported('db.command.geoIntersects'),

    and: (...args: unknown[]) => new LogicCommand('and', operandList(args)),
    or: (...args: unknown[]) => new LogicCommand('or', operandList(args)),
    nor: (...args: unknown[]) => new LogicCommand('nor', operandList(args)),
    not: (_expression: unknown): LogicCommand => notSupported('db.command.not'),

    set: (val: unknown) => new UpdateCommand('set', val),
    remove: () => new UpdateCommand('remove', undefined),
    inc: (val: number) => new UpdateCommand('inc', val),
    mul: (val: number) => new UpdateCommand('mul', val),
    min: (val: unknown) => new UpdateCommand('min', val),
    max: (val: unknown) => new UpdateCommand('max', val),
    push: (...args: unknown[]) => {
      const first = args[0]
      if (typeof first === 'object' && first !== null && !Array.isArray(first) && Object.prototype.hasOwnProperty.call(first, 'each')) {
        return new UpdateCommand('push', { modifiers: first as PushModifiers })
      }
      return new UpdateCommand('push', { values: Array.isArray(first) ? [...first] : args })
    },
    pull: (val: unknown) => new UpdateCommand('pull', val),
    pullAll: (val: unknown[]) => new UpdateCommand('pullAll', val),
    addToSet: (val: unknown) => new UpdateCommand('addToSet', val),
    pop: () => new UpdateCommand('pop', undefined),
    shift: () => new UpdateCommand('shift', undefined),
    unshift: (...args: unknown[]) => new UpdateCommand('unshift', operandList(args)),
    rename: (_val: string): UpdateCommand => notSupported('db.command.rename'),
    bit: (_val: number): UpdateCommand => notSupported('db.command.bit'),

    project: unsupportedNamespace('project'),
    aggregate: unsupportedNamespace('aggregate'),
  }
}

export type LocalCommand = ReturnType<typeof createCommand>
