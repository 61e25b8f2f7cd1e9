/**
 * What 交办 reads around a matter: departments, the org node they sit at (the shared
 * `orgs` collection), a point's place in the tree and a department's active staff. Read
 * before a transaction (which allows no queries).
 */
import type { DepartmentRef } from '../../domain/departments/policy'
import type { DepartmentView } from '../../domain/departments/api'
import type { DatabasePort } from '../kernel/port'
import { asPoints, asStaffList, reader } from '../kernel/reads'

/** A department as stored: `nodePath` is its node's path and the node itself, root-first. */
export interface DepartmentRecord extends DepartmentRef {
  _id: string
  code: string
  name: string
  node: string
  nodePath: string[]
  active: boolean
  updatedAt?: Date
  updatedBy?: string
}

/** An org node as the shared model stores it (written by the org tree's own feature). */
export interface OrgNodeRecord {
  _id: string
  code: string
  name: string
  level: 'county' | 'township' | 'village'
  parent: string | null
  path: string[]
  active: boolean
}

const departments = reader<DepartmentRecord>('departments', { code: 'string', name: 'string', node: 'string', nodePath: 'array', active: 'boolean' })
export const asDepartment = departments.one
export const asDepartments = departments.all
const asOrgNode = reader<OrgNodeRecord>('orgs', { code: 'string', name: 'string', level: 'string', path: 'array', active: 'boolean' }).one

export const toDepartmentView = (d: DepartmentRecord): DepartmentView => ({ code: d.code, name: d.name, node: d.node, active: d.active })

export async function getDepartment(db: DatabasePort, code: string): Promise<DepartmentRecord | null> {
  return asDepartment((await db.collection('departments').doc(code).get()).data)
}

export async function getOrgNode(db: DatabasePort, code: string): Promise<OrgNodeRecord | null> {
  return asOrgNode((await db.collection('orgs').doc(code).get()).data)
}

/** A node's path and itself, root-first: the chain a department or a role at it is checked against. */
export const chainOf = (node: OrgNodeRecord) => [...node.path, node.code]

/** Where a point sits in the tree (its village's path and the village); [] for a point not placed in it. */
export async function pointOrgPath(db: DatabasePort, pointCode: string): Promise<string[]> {
  const { data } = await db.collection('points').where({ code: pointCode }).limit(1).get()
  const point = asPoints(data)[0] as { orgPath?: unknown } | undefined
  return Array.isArray(point?.orgPath) ? (point.orgPath as string[]) : []
}

/** The active staff of a department, to tell. */
export async function departmentStaff(db: DatabasePort, department: string): Promise<string[]> {
  const { data } = await db.collection('staff').where({ departments: department, active: true }).limit(100).get()
  return asStaffList(data).map((s) => s.openid)
}
