/** 组织架构: reading the tree and its one change action (add, rename, move, retire a node). */
import * as z from 'zod/mini'
import { type EventOf, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { ORG_CODE, ORG_LEVELS } from './tree'

/** A node's code as typed or picked: spaces dropped, upper case. */
export const orgCode = z
  .string({ error: '缺少节点编号' })
  .check(z.overwrite((s) => s.replace(/\s+/g, '').toUpperCase()), z.regex(ORG_CODE, '节点编号应以字母开头，只含大写字母、数字和“-”，最多 20 位'))

export const ORG_CHANGES = ['add', 'rename', 'move', 'retire'] as const
export type OrgChange = (typeof ORG_CHANGES)[number]

const orgName = text({ label: '名称', min: 2, max: 30 })

export const orgEventSchemas = {
  'orgs.tree': strict({ action: z.literal('orgs.tree') }),
  'orgs.save': strict({
    action: z.literal('orgs.save'),
    op: z.enum(ORG_CHANGES, { error: '请选择要做的修改' }),
    code: orgCode,
    /** add, rename */
    name: z.optional(orgName),
    /** add */
    level: z.optional(z.enum(ORG_LEVELS, { error: '请选择层级' })),
    /** add, move: the new parent (null: a county) */
    parent: z.optional(z.nullable(orgCode)),
  }).check(
    z.refine((e) => !(e.op === 'add' || e.op === 'rename') || e.name !== undefined, { message: '请填写名称', path: ['name'] }),
    z.refine((e) => e.op !== 'add' || e.level !== undefined, { message: '请选择层级', path: ['level'] }),
    z.refine((e) => !(e.op === 'add' || e.op === 'move') || e.parent !== undefined, { message: '请选择上级', path: ['parent'] }),
  ),
} as const

export type OrgAction = keyof typeof orgEventSchemas
export type OrgEvent<A extends OrgAction> = EventOf<typeof orgEventSchemas, A>
