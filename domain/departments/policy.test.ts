import { describe, expect, it } from 'vitest'
import { CALLER_NAMES, CALLERS, expectAgreement, expectHolders, listed, NOBODY } from '../points/policy-table'
import type { Caller } from '../points/roles'
import type { AssignmentState } from './assignments'
import {
  assignableScope,
  departmentFiguresScope,
  departmentListScope,
  departmentQueueScope,
  inDepartmentList,
  mayAssign,
  mayAssignTo,
  mayManageDepartment,
  mayReadDepartmentFigures,
  mayViewAsDepartment,
  onDepartmentQueue,
  type OrgCaller,
} from './policy'

// a county, two townships, a village under A with its point (its orgPath)
const POINT_PATH = ['QX', 'QX-A', 'QX-A1']
const dept = (code: string, node: string, nodePath: string[], active = true) => ({ _id: code, code, node, nodePath, active })
const DEPTS = [dept('A-MZ', 'QX-A', ['QX', 'QX-A']), dept('B-MZ', 'QX-B', ['QX', 'QX-B']), dept('QX-ZJ', 'QX', ['QX']), dept('A-OLD', 'QX-A', ['QX', 'QX-A'], false)]

/** The callers the org model adds to the nine of the table: roles held at nodes, and department staff. */
const ORG = {
  townLeader: { openid: 'town', roles: ['leader'], points: ['p1'], nodes: ['QX-A'], active: true },
  siblingLeader: { openid: 'sibling', roles: ['leader'], points: ['p2'], nodes: ['QX-B'], active: true },
  countyLeader: { openid: 'county', roles: ['leader'], points: ['p1', 'p2'], nodes: ['QX'], active: true },
  villageLeader: { openid: 'village', roles: ['leader'], points: ['p1'], nodes: ['QX-A1'], active: true },
  townAdmin: { openid: 'town-admin', roles: ['admin'], points: [], nodes: ['QX-A'], active: true },
  deptStaff: { openid: 'dept', roles: ['department'], points: [], nodes: [], departments: ['A-MZ'], active: true },
  otherDept: { openid: 'other-dept', roles: ['department'], points: [], nodes: [], departments: ['B-MZ'], active: true },
  goneDept: { openid: 'gone-dept', roles: ['department'], points: [], nodes: [], departments: ['A-MZ'], active: false },
} as const satisfies Record<string, OrgCaller>
type OrgName = keyof typeof ORG
const holders = (right: (c: OrgCaller) => boolean) => (Object.keys(ORG) as OrgName[]).filter((n) => right(ORG[n]))

const item = (_id: string, department: string, state: AssignmentState) => ({ _id, assignment: { department, state } })
const ITEMS: { _id: string; assignment: { department: string; state: AssignmentState } | null }[] = [item('a-open', 'A-MZ', 'assigned'), item('a-accepted', 'A-MZ', 'accepted'), item('a-done', 'A-MZ', 'answered'), item('b-open', 'B-MZ', 'assigned'), { _id: 'none', assignment: null }]

describe('departments: who may do what', () => {
  it('none of the nine point-level callers 交办s or works a department’s queue', () => {
    expectHolders((c) => mayAssign(c, POINT_PATH), [])
    expectAgreement(ITEMS, onDepartmentQueue, departmentQueueScope, NOBODY)
    expectHolders((c) => mayManageDepartment(c, ['QX', 'QX-A']), ['admin']) // the first admin: no point, no node
    for (const n of CALLER_NAMES) expect(listed(assignableScope(CALLERS[n] as Caller, POINT_PATH), DEPTS)).toEqual([])
  })

  it('交办: a leader at the township or county above the point, to departments at their node or above', () => {
    expect(holders((c) => mayAssign(c, POINT_PATH))).toEqual(['townLeader', 'countyLeader'])
    const targets = Object.fromEntries((Object.keys(ORG) as OrgName[]).map((n) => [n, DEPTS.filter((d) => mayAssignTo(ORG[n], POINT_PATH, d)).map((d) => d._id)]))
    expect(targets).toMatchObject({ townLeader: ['A-MZ', 'QX-ZJ'], countyLeader: ['QX-ZJ'], siblingLeader: [], villageLeader: [], townAdmin: [], deptStaff: [] })
    for (const n of Object.keys(ORG) as OrgName[]) expect({ n, listed: listed(assignableScope(ORG[n], POINT_PATH), DEPTS) }).toEqual({ n, listed: targets[n] })
  })

  it('the department list of a node: its leaders and admins and those above, over the node’s chain', () => {
    const chain = ['QX', 'QX-A']
    const lists = Object.fromEntries((Object.keys(ORG) as OrgName[]).map((n) => [n, DEPTS.filter((d) => inDepartmentList(ORG[n], chain, d)).map((d) => d._id)]))
    expect(lists).toMatchObject({ townLeader: ['A-MZ', 'QX-ZJ'], countyLeader: ['A-MZ', 'QX-ZJ'], townAdmin: ['A-MZ', 'QX-ZJ'], siblingLeader: [], villageLeader: [], deptStaff: [] })
    for (const n of Object.keys(ORG) as OrgName[]) expect(listed(departmentListScope(ORG[n], chain), DEPTS)).toEqual(lists[n])
    expect(holders((c) => mayManageDepartment(c, chain))).toEqual(['townAdmin'])
  })

  it('部门待办: a department’s active staff, their department’s open 交办 only; the list and the page agree', () => {
    const queues = Object.fromEntries((Object.keys(ORG) as OrgName[]).map((n) => [n, ITEMS.filter((i) => onDepartmentQueue(ORG[n], i)).map((i) => i._id)]))
    expect(queues).toEqual({ townLeader: [], siblingLeader: [], countyLeader: [], villageLeader: [], townAdmin: [], deptStaff: ['a-open', 'a-accepted'], otherDept: ['b-open'], goneDept: [] })
    for (const n of Object.keys(ORG) as OrgName[]) {
      expect(listed(departmentQueueScope(ORG[n]), ITEMS)).toEqual(queues[n])
      for (const id of queues[n]) expect(mayViewAsDepartment(ORG[n], ITEMS.find((i) => i._id === id)!)).toBe(true)
    }
    expect(mayViewAsDepartment(ORG.deptStaff, ITEMS[2])).toBe(true) // answered: still theirs to read
    expect(mayViewAsDepartment(ORG.otherDept, ITEMS[0])).toBe(false)
  })

  it('figures: a department’s own staff, and the leaders and admins at or above its node', () => {
    const townA = { code: 'QX-A', nodePath: ['QX', 'QX-A'] }
    const under = Object.fromEntries((Object.keys(ORG) as OrgName[]).map((n) => [n, listed(departmentFiguresScope(ORG[n], townA), DEPTS)]))
    expect(under).toMatchObject({ townLeader: ['A-MZ', 'A-OLD'], countyLeader: ['A-MZ', 'A-OLD'], siblingLeader: [], deptStaff: [] })
    for (const n of Object.keys(ORG) as OrgName[]) for (const id of under[n]) expect(mayReadDepartmentFigures(ORG[n], DEPTS.find((d) => d._id === id)!)).toBe(true)
    expect(listed(departmentFiguresScope(ORG.deptStaff, null), DEPTS)).toEqual(['A-MZ'])
    expect(listed(departmentFiguresScope(ORG.townLeader, null), DEPTS)).toEqual(['A-MZ', 'A-OLD'])
    expect(listed(departmentFiguresScope(ORG.countyLeader, null), DEPTS)).toEqual(['A-MZ', 'B-MZ', 'QX-ZJ', 'A-OLD'])
    for (const n of CALLER_NAMES) expect(listed(departmentFiguresScope(CALLERS[n], null), DEPTS)).toEqual([])
  })
})
