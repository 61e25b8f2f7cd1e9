/**
 * What filing a 违纪线索 reads before its transaction (which allows no queries): the
 * point's place in the tree, the committee contacts on its chain, the staff member it
 * concerns, and the people a filer may pick.
 */
import type { CluePersonView } from '../../domain/discipline/api'
import type { ClueDraft } from '../../domain/discipline/schemas'
import { NO_RECEIVER, routeClue, type ClueRoute } from '../../domain/discipline/routing'
import { COMMITTEE, inGroup, POINT_STAFF, LEADS, type StaffRole } from '../../domain/points/roles'
import { findActivePoint, getStaff } from '../kernel/collections'
import type { DatabasePort } from '../kernel/port'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { asStaffList } from '../kernel/reads'
import { AppError } from '../kernel/respond'
import { readNode } from '../orgs/reach'
import type { ClueAbout } from './clue-records'

export interface ClueDestination {
  point: PointRecord
  route: ClueRoute
  nodeName: string
  about: ClueAbout
}

/** The active staff held at the point or at a node of its chain. */
async function staffAround(db: DatabasePort, point: PointRecord): Promise<StaffRecord[]> {
  const _ = db.command
  const chain = point.orgPath ?? []
  const [atPoint, atNodes] = await Promise.all([
    db.collection('staff').where({ points: point.code, active: true }).limit(100).get(),
    chain.length ? db.collection('staff').where({ nodes: _.in(chain), active: true }).limit(100).get() : Promise.resolve({ data: [] }),
  ])
  const all = new Map([...asStaffList(atPoint.data), ...asStaffList(atNodes.data)].map((s) => [s.openid, s]))
  return [...all.values()]
}

const LABEL_ORDER: [StaffRole, string][] = [['leader', '领导'], ['cadre', '干部'], ['admin', '管理员'], ['deputy', '代表']]
const roleLabel = (roles: readonly StaffRole[]) => LABEL_ORDER.find(([r]) => roles.includes(r))?.[1] ?? '工作人员'
/** Who a clue may concern: the point's and its chain's cadres, leaders, admins and deputies. */
const concernable = (s: StaffRecord) => inGroup(s.roles, [...POINT_STAFF, ...LEADS])

export async function peopleOf(db: DatabasePort, pointCode: string): Promise<CluePersonView[]> {
  const point = await findActivePoint(db, pointCode)
  return (await staffAround(db, point))
    .filter(concernable)
    .map((s) => ({ openid: s.openid, name: s.name, roleLabel: roleLabel(s.roles) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

async function aboutOf(db: DatabasePort, point: PointRecord, about: ClueDraft['about']): Promise<{ about: ClueAbout; nodes: string[] }> {
  if (typeof about === 'string') return { about: { text: about }, nodes: [] }
  const s = await getStaff(db, about.staff)
  const chain = point.orgPath ?? []
  const works = s?.active && concernable(s) && (s.points.includes(point.code) || s.nodes.some((n) => chain.includes(n)))
  if (!s || !works) throw new AppError('INVALID_INPUT', '所选人员不在这个说事点或它的上级任职，请重新选择或直接填写')
  return { about: { staff: s.openid, name: s.name }, nodes: s.nodes }
}

/** Where the clue goes; refused (nothing written) when no committee contact can receive it. */
export async function destinationOf(db: DatabasePort, draft: ClueDraft): Promise<ClueDestination> {
  const point = await findActivePoint(db, draft.pointCode)
  const { about, nodes } = await aboutOf(db, point, draft.about)
  const chain = (point.orgPath ?? []).slice(0, -1)
  const contacts: Record<string, string[]> = {}
  if (chain.length) {
    const { data } = await db.collection('staff').where({ nodes: db.command.in(chain), active: true }).limit(100).get()
    for (const s of asStaffList(data).filter((s) => inGroup(s.roles, COMMITTEE))) {
      for (const n of s.nodes) (contacts[n] ??= []).push(s.openid)
    }
  }
  const route = routeClue({ pointOrgPath: point.orgPath ?? [], contacts, concernedNodes: nodes })
  if (!route) throw new AppError('CONFLICT', NO_RECEIVER)
  const node = await readNode(db, route.node)
  return { point, route, nodeName: node?.name ?? route.node, about }
}
