/**
 * CloudBase's storage security rules (`storage.rules.json`), evaluated for the local
 * cloud's client requests. A rule is a boolean or an expression over `auth` and
 * `resource` with `==`, `!=`, `&&`, `||`, `!`, parentheses, `null`, `true`, `false` and
 * quoted strings. Anything else fails when the rules are loaded, never silently.
 * Functions (the server SDK) are not subject to the rules, as in CloudBase.
 */
import repoRules from '../storage.rules.json'

export interface StorageRules {
  read?: boolean | string
  write?: boolean | string
}

export interface RuleContext {
  /** The signed-in mini-program user, or null. */
  auth: { openid: string } | null
  /** The file: its uploader's openid ('' when a function wrote it). */
  resource: { openid: string } | null
}

type Node =
  | { k: 'lit'; v: string | boolean | null }
  | { k: 'path'; v: string[] }
  | { k: 'not'; a: Node }
  | { k: 'op'; op: '==' | '!=' | '&&' | '||'; a: Node; b: Node }

const TOKEN = /\s*(==|!=|&&|\|\||[()!]|'[^']*'|"[^"]*"|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)/y

function parse(source: string): Node {
  const tokens: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length && source.slice(TOKEN.lastIndex).trim() !== '') {
    const m = TOKEN.exec(source)
    if (!m) throw new Error(`storage rule: cannot read ${JSON.stringify(source.slice(TOKEN.lastIndex))}`)
    tokens.push(m[1])
  }
  let i = 0
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let node = next()
    while (ops.includes(tokens[i])) {
      const op = tokens[i++] as '==' | '!=' | '&&' | '||'
      node = { k: 'op', op, a: node, b: next() }
    }
    return node
  }
  const primary = (): Node => {
    const t = tokens[i++]
    if (t === undefined) throw new Error(`storage rule ends too soon: ${source}`)
    if (t === '(') {
      const inner = or()
      if (tokens[i++] !== ')') throw new Error(`storage rule: missing ) in ${source}`)
      return inner
    }
    if (t === '!') return { k: 'not', a: primary() }
    if (t === 'true' || t === 'false') return { k: 'lit', v: t === 'true' }
    if (t === 'null') return { k: 'lit', v: null }
    if (/^['"]/.test(t)) return { k: 'lit', v: t.slice(1, -1) }
    if (/^[A-Za-z_]/.test(t)) return { k: 'path', v: t.split('.') }
    throw new Error(`storage rule: unexpected ${t} in ${source}`)
  }
  const compare = binary(['==', '!='], primary)
  const and = binary(['&&'], compare)
  const or: () => Node = binary(['||'], and)
  const tree = or()
  if (i !== tokens.length) throw new Error(`storage rule: unexpected ${tokens[i]} in ${source}`)
  return tree
}

class Unreadable extends Error {}

function evaluate(node: Node, ctx: RuleContext): unknown {
  switch (node.k) {
    case 'lit':
      return node.v
    case 'path': {
      let value: unknown = ctx
      for (const key of node.v) {
        // reading a field of a missing `auth` denies, as in CloudBase; it never compares equal
        if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) throw new Unreadable()
        value = (value as Record<string, unknown>)[key]
      }
      return value
    }
    case 'not':
      return !evaluate(node.a, ctx)
    case 'op': {
      if (node.op === '&&') return evaluate(node.a, ctx) === true && evaluate(node.b, ctx) === true
      if (node.op === '||') return evaluate(node.a, ctx) === true || evaluate(node.b, ctx) === true
      const equal = evaluate(node.a, ctx) === evaluate(node.b, ctx)
      return node.op === '==' ? equal : !equal
    }
  }
}

export type RuleCheck = (op: 'read' | 'write', ctx: RuleContext) => boolean

/** Compiles the rules once; an operation without a rule is refused (CloudBase's default). */
export function compileRules(rules: StorageRules = repoRules): RuleCheck {
  const compiled = Object.fromEntries(
    (['read', 'write'] as const).map((op) => {
      const rule = rules[op]
      if (rule === undefined || typeof rule === 'boolean') return [op, () => rule === true]
      const tree = parse(rule)
      return [op, (ctx: RuleContext) => evaluate(tree, ctx) === true]
    }),
  ) as Record<'read' | 'write', (ctx: RuleContext) => boolean>
  return (op, ctx) => {
    try {
      return compiled[op](ctx)
    } catch (err) {
      if (err instanceof Unreadable) return false
      throw err
    }
  }
}
