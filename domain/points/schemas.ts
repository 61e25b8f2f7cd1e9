/** 说事点 and their staff: the points residents pick, the admins' points, staff, invites and routing. */
import * as z from 'zod/mini'
import { CATEGORIES } from '../matters/categories'
import { type EventOf, OPENID, openid, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { departmentCode } from '../departments/schemas'

import { STAFF_ROLES } from './roles'
import { orgCode } from '../orgs/schemas'
import { ORG_CODE } from '../orgs/tree'

// the roles (representative: 居民代表, who reads the quarter's report and rates it) are named once, with their groups, in roles.ts
export { STAFF_ROLES, type StaffRole as StaffRoleName } from './roles'

export const POINT_KINDS = ['talk', 'studio'] as const
export type PointKind = (typeof POINT_KINDS)[number]

/** As people type it: spaces anywhere and lower case are fine. */
export function normaliseInviteCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase()
}

/**
 * Where a role is held: a point (its code, lower case) or a node of the tree (its code, upper
 * case), so the code itself says which.
 */
export const nodeRef = z
  .string({ error: '请选择说事点或组织节点' })
  .check(
    z.overwrite((s) => s.replace(/\s+/g, '')),
    z.refine((s) => ORG_CODE.test(s) || /^[a-z0-9_-]{1,32}$/.test(s), '请选择说事点或组织节点'),
  )
export const isOrgCode = (node: string) => ORG_CODE.test(node)

export const pointResidentEventSchemas = {
  'points.list': strict({ action: z.literal('points.list') }),
  'points.get': strict({ action: z.literal('points.get'), code: pointCode }),
  /** where this resident's photos go */
  'upload.folder': strict({ action: z.literal('upload.folder') }),
} as const

export type PointResidentAction = keyof typeof pointResidentEventSchemas
export type PointResidentEvent<A extends PointResidentAction> = EventOf<typeof pointResidentEventSchemas, A>

export const pointStaffEventSchemas = {
  me: strict({ action: z.literal('me') }),
  'invite.create': strict({
    action: z.literal('invite.create'),
    name: text({ label: '姓名', min: 1, max: 20 }),
    role: z.enum(STAFF_ROLES, { error: '请选择角色' }),
    /** the point or node the role is held at (not for 部门工作人员, who hold a department instead) */
    node: z.optional(nodeRef),
    /** 部门工作人员: the department they answer 交办 for */
    department: z.optional(departmentCode),
  }).check(
    z.refine((e) => e.role === 'department' || Boolean(e.node), { message: '请选择说事点或组织节点', path: ['node'] }),
    z.refine((e) => (e.role === 'department') === Boolean(e.department), { message: '部门工作人员请选择部门（其他身份不选部门）', path: ['department'] }),
    z.refine((e) => e.role !== 'department' || !e.node, { message: '部门工作人员只选部门，不选说事点', path: ['node'] }),
  ),
  'invite.redeem': strict({
    action: z.literal('invite.redeem'),
    code: z.string({ error: '请输入邀请码' }).check(
      z.overwrite(normaliseInviteCode),
      z.regex(/^[A-Z0-9_-]{6,64}$/, '邀请码格式不对'),
    ),
  }),
  'staff.list': strict({ action: z.literal('staff.list') }),
  'staff.deactivate': strict({ action: z.literal('staff.deactivate'), openid, transferTo: openid }),
  'points.upsert': strict({
    action: z.literal('points.upsert'),
    code: pointCode,
    name: text({ label: '名称', min: 2, max: 30 }),
    kind: z.enum(POINT_KINDS, { error: '请选择类型' }),
    community: text({ label: '社区（村）', min: 2, max: 30 }),
    address: text({ label: '地址', min: 2, max: 100 }),
    openHours: text({ label: '开放时间', min: 2, max: 100 }),
    phone: z.optional(z.string().check(z.regex(/^[0-9-]{7,20}$/, '电话号码只能是数字和“-”'))),
    /** the village or community it belongs to: required for a new point */
    org: z.optional(orgCode),
    leadCadre: z.string({ error: '请选择负责干部' }).check(z.regex(OPENID, '请选择负责干部')),
    active: z.optional(z.boolean()),
    /** true when adding: a point that already has this code is refused, not overwritten */
    create: z.optional(z.boolean()),
  }),
  'points.qrcode': strict({ action: z.literal('points.qrcode'), code: pointCode }),
  'routing.list': strict({ action: z.literal('routing.list') }),
  'routing.set': strict({
    action: z.literal('routing.set'),
    pointCode,
    category: z.enum(CATEGORIES, { error: '请选择诉求类别' }),
    cadre: z.nullable(openid),
  }),
} as const

export type PointStaffAction = keyof typeof pointStaffEventSchemas
export type PointStaffEvent<A extends PointStaffAction> = EventOf<typeof pointStaffEventSchemas, A>
