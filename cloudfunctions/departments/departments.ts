/** 部门: registered by the admins whose reach covers its node; listed for the leaders who 交办. */
import type { DepartmentEvent } from '../../domain/departments/schemas'
import type { DepartmentView } from '../../domain/departments/api'
import { assignableScope, departmentListScope, mayManageDepartment } from '../../domain/departments/policy'
import { isDeploymentAdmin } from '../../domain/points/roles'
import { holds, isAdmin, LEADERS, LEADS } from '../../domain/points/roles'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { asDepartments, chainOf, getDepartment, getOrgNode, pointOrgPath, toDepartmentView, type DepartmentRecord } from './lookups'

const REFUSED = '您无权管理这个组织的部门'

export async function departmentsSave(input: DepartmentEvent<'departments.save'>, ctx: StaffContext): Promise<DepartmentView> {
  const admin = await ctx.caller()
  requireRight(isAdmin(admin), REFUSED)
  const node = await getOrgNode(ctx.db, input.node)
  // an admin elsewhere learns nothing of a node they do not reach, not even that it exists
  if (!node || !mayManageDepartment(admin, chainOf(node))) {
    if (isDeploymentAdmin(admin)) throw new AppError('INVALID_INPUT', `没有组织 ${input.node}`)
    throw new AppError('FORBIDDEN', REFUSED)
  }
  if (node.level === 'village') throw new AppError('INVALID_INPUT', '部门设在乡镇（街道）或县（区），不设在村（社区）')
  const existing = await getDepartment(ctx.db, input.code)
  // moving a department: the admin must reach where it was, too
  if (existing && !mayManageDepartment(admin, existing.nodePath)) throw new AppError('FORBIDDEN', '这个部门编号已被别的组织使用')
  const record: Omit<DepartmentRecord, '_id'> = {
    code: input.code,
    name: input.name,
    node: node.code,
    nodePath: chainOf(node),
    active: input.active ?? true,
    updatedAt: ctx.now,
    updatedBy: admin.openid,
  }
  await ctx.db.collection('departments').doc(input.code).set({ data: record })
  return toDepartmentView({ _id: input.code, ...record })
}

/**
 * With `node`: the node's departments and its ancestors'. With `pointCode`: those the
 * caller may 交办 that point's matters to (the township and county above its village).
 */
export async function departmentsList(input: DepartmentEvent<'departments.list'>, ctx: StaffContext): Promise<{ departments: DepartmentView[] }> {
  const staff = await ctx.caller()
  requireRight(holds(staff, input.pointCode ? LEADERS : LEADS), '您无权查看部门')
  let scope
  if (input.pointCode) {
    scope = requireScope(assignableScope(staff, await pointOrgPath(ctx.db, input.pointCode)), '您无权交办这个说事点的事项')
  } else {
    const node = await getOrgNode(ctx.db, input.node!)
    scope = requireScope(node ? departmentListScope(staff, chainOf(node)) : null, '您无权查看这个组织的部门')
  }
  const { data } = await ctx.db.collection('departments').where(whereOf(ctx.db, scope)).limit(100).get()
  const list = asDepartments(data).sort((a, b) => b.nodePath.length - a.nodePath.length || a.code.localeCompare(b.code))
  return { departments: list.map(toDepartmentView) }
}
