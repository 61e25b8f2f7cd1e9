/**
 * 部门数字: per department, the 交办 it received in a period (by the day they were 交办),
 * how many it answered on time, sent back, and let run over. The latest 交办 of a matter
 * is read through {assignment.department, assignment.assignedAt}; earlier ones (sent back
 * or answered before a new 交办) through {assignmentHistory.department}. Bounded: at most
 * MAX_PAGES pages of each.
 */
import type { DepartmentResponses } from '../../domain/departments/api'
import type { DepartmentEvent } from '../../domain/departments/schemas'
import { emptyTally, tallyAssignment, type Assignment, type DepartmentTally } from '../../domain/departments/assignments'
import { departmentFiguresScope } from '../../domain/departments/policy'
import { periodInstants } from '../../domain/kernel/periods'
import { DEPARTMENT_STAFF, holds, LEADS } from '../../domain/points/roles'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import { asItems } from '../kernel/reads'
import type { ItemRecord } from '../kernel/records'
import type { StaffContext } from '../kernel/staff-context'
import { asDepartments, chainOf, getOrgNode } from './lookups'

const PAGE = 500
const MAX_PAGES = 20

async function readAll(db: DatabasePort, where: QueryCondition, order: string): Promise<ItemRecord[]> {
  const out: ItemRecord[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await db.collection('items').where(where).orderBy(order, 'asc').orderBy('_id', 'asc').skip(page * PAGE).limit(PAGE).get()
    out.push(...asItems(data))
    if (data.length < PAGE) break
  }
  return out
}

export async function departmentsFigures(input: DepartmentEvent<'departments.figures'>, ctx: StaffContext): Promise<DepartmentResponses['departments.figures']> {
  const staff = await ctx.caller()
  requireRight(holds(staff, [...LEADS, ...DEPARTMENT_STAFF]), '您无权查看部门数字')
  const node = input.node ? await getOrgNode(ctx.db, input.node) : null
  if (input.node && !node) requireRight(false, '您无权查看这个组织的部门数字')
  const scope = requireScope(departmentFiguresScope(staff, node && { code: node.code, nodePath: chainOf(node) }), '您无权查看这个组织的部门数字')
  const { data } = await ctx.db.collection('departments').where(whereOf(ctx.db, scope)).limit(100).get()
  const departments = asDepartments(data)
  const codes = departments.map((d) => d.code)
  const { start, end } = periodInstants(input)
  const _ = ctx.db.command
  const inPeriod = (a: Assignment) => codes.includes(a.department) && a.assignedAt >= start && a.assignedAt < end
  const tallies = new Map<string, DepartmentTally>(codes.map((c) => [c, emptyTally()]))
  const add = (a: Assignment) => tallies.set(a.department, tallyAssignment(tallies.get(a.department)!, a, ctx.now))
  if (codes.length > 0) {
    const latest = await readAll(ctx.db, { 'assignment.department': _.in(codes), 'assignment.assignedAt': _.gte(start).and(_.lt(end)) }, 'assignment.assignedAt')
    for (const i of latest) if (i.assignment && inPeriod(i.assignment)) add(i.assignment)
    const earlier = await readAll(ctx.db, { 'assignmentHistory.department': _.in(codes) }, 'createdAt')
    for (const i of earlier) for (const a of i.assignmentHistory ?? []) if (inPeriod(a)) add(a)
  }
  return {
    from: input.from,
    to: input.to,
    departments: departments
      .sort((a, b) => a.nodePath.length - b.nodePath.length || a.code.localeCompare(b.code))
      .map((d) => ({ code: d.code, name: d.name, node: d.node, ...tallies.get(d.code)! })),
  }
}
