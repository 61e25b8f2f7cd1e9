/**
 * Every index the collections need, in one place. `npm run provision` prints (and, with
 * credentials, creates) them for a CloudBase environment; the local cloud enforces the
 * unique ones exactly as CloudBase does (a violation fails the write with -501001), and
 * in tests fails any query that no index here serves (emulator/db/index-check.ts says
 * what "serves" means) unless SCANS below allows it.
 */
export interface IndexDeclaration {
  collection: string
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}

export const INDEXES: IndexDeclaration[] = [
  { collection: 'items', name: 'no_unique', keys: { no: 1 }, unique: true },
  { collection: 'items', name: 'owner_request_unique', keys: { ownerOpenid: 1, requestId: 1 }, unique: true },
  { collection: 'items', name: 'owner_created', keys: { ownerOpenid: 1, createdAt: -1, seq: -1 } },
  { collection: 'items', name: 'assignee_status', keys: { 'assignee.openid': 1, status: 1 } },
  { collection: 'items', name: 'point_status_due', keys: { pointCode: 1, status: 1, dueAt: 1 } },
  { collection: 'items', name: 'status_replied', keys: { status: 1, repliedAt: 1 } },
  { collection: 'items', name: 'status_due', keys: { status: 1, dueAt: 1 } },
  // 数字: a period's matters by registration time, in total, per point and per cadre
  { collection: 'items', name: 'created', keys: { createdAt: 1 } },
  // 搜索 by the seed's part of a number alone (年月 + 序号): that month's sequence at the caller's points
  { collection: 'items', name: 'month_seq', keys: { month: 1, seq: 1 } },
  { collection: 'items', name: 'point_created', keys: { pointCode: 1, createdAt: 1, seq: 1 } },
  // 数字: only the period's unsettled matters are read one by one; the settled ones are in `rollups`
  { collection: 'items', name: 'status_point_created', keys: { status: 1, pointCode: 1, createdAt: 1 } },
  { collection: 'items', name: 'assignee_created', keys: { 'assignee.openid': 1, createdAt: 1 } },
  // 大家说的事: a point's approved entries (the board) and pending ones (审核), by the time made public
  { collection: 'items', name: 'point_board', keys: { pointCode: 1, 'board.status': 1, 'board.at': -1, seq: -1 } },
  // 审核 for an admin: every point's pending entries
  { collection: 'items', name: 'board_status', keys: { 'board.status': 1, 'board.at': 1, seq: 1 } },
  { collection: 'audit', name: 'target_at', keys: { target: 1, at: -1 } },
  { collection: 'points', name: 'code_unique', keys: { code: 1 }, unique: true },
  { collection: 'staff', name: 'openid_unique', keys: { openid: 1 }, unique: true },
  // a point's active staff (值班, 走访, leaders to notify); the active admins; everyone by name
  { collection: 'staff', name: 'points_active', keys: { points: 1, active: 1 } },
  { collection: 'staff', name: 'roles_active', keys: { roles: 1, active: 1 } },
  { collection: 'staff', name: 'name', keys: { name: 1 } },
  // the points a leaving cadre leads; the active points a resident picks from
  { collection: 'points', name: 'lead_cadre', keys: { leadCadre: 1 } },
  { collection: 'points', name: 'active_code', keys: { active: 1, code: 1 } },
  // 组织架构: every point below a node (array-contains); a node's children; every node below a node; the active tree
  { collection: 'points', name: 'org_path', keys: { orgPath: 1, active: 1, code: 1 } },
  { collection: 'orgs', name: 'parent_active', keys: { parent: 1, active: 1, code: 1 } },
  { collection: 'orgs', name: 'path_active', keys: { path: 1, active: 1 } },
  { collection: 'orgs', name: 'active', keys: { active: 1 } },
  // an admin's staff: those held at the nodes below theirs
  { collection: 'staff', name: 'nodes_active', keys: { nodes: 1, active: 1 } },
  { collection: 'schedules', name: 'point', keys: { pointCode: 1 } },
  // 两代表工作室: the studios (the timer's plan warning), a studio's suggestions, a quarter's 评议
  { collection: 'points', name: 'kind_active', keys: { kind: 1, active: 1 } },
  { collection: 'suggestions', name: 'point_created', keys: { pointCode: 1, createdAt: -1 } },
  { collection: 'studioRatings', name: 'point_quarter', keys: { pointCode: 1, quarter: 1 } },
  { collection: 'outbox', name: 'status_next', keys: { status: 1, nextAttemptAt: 1 } },
  { collection: 'outbox', name: 'recipient', keys: { recipient: 1, createdAt: -1 } },
  { collection: 'messages', name: 'recipient_created', keys: { recipient: 1, createdAt: -1 } },
  { collection: 'bookings', name: 'owner_start', keys: { ownerOpenid: 1, startAt: -1 } },
  { collection: 'bookings', name: 'point_start', keys: { pointCode: 1, startAt: 1 } },
  { collection: 'duties', name: 'point_start', keys: { pointCode: 1, startAt: 1 } },
  { collection: 'swaps', name: 'point_status', keys: { pointCode: 1, status: 1 } },
  { collection: 'visits', name: 'author_month', keys: { author: 1, month: 1, visitedAt: -1 } },
  { collection: 'visits', name: 'point_month', keys: { pointCode: 1, month: 1 } },
  { collection: 'visits', name: 'follows', keys: { followsItemIds: 1 } },
  { collection: 'visits', name: 'registered', keys: { itemIds: 1 } },
  { collection: 'meetings', name: 'point_date', keys: { pointCode: 1, date: -1, createdAt: -1 } },
  { collection: 'meetings', name: 'point_status', keys: { pointCode: 1, status: 1 } },
  { collection: 'quarterRatings', name: 'point_quarter', keys: { pointCode: 1, year: 1, quarter: 1 } },
  { collection: 'trips', name: 'point_date', keys: { pointCode: 1, date: -1, createdAt: -1 } },
  { collection: 'trips', name: 'point_status', keys: { pointCode: 1, status: 1 } },
  { collection: 'bookings', name: 'status_reminded_start', keys: { status: 1, reminded: 1, startAt: 1 } },
  { collection: 'homeVisits', name: 'owner_created', keys: { ownerOpenid: 1, createdAt: -1 } },
  { collection: 'homeVisits', name: 'point_status_created', keys: { pointCode: 1, status: 1, createdAt: 1 } },
  // 交办: a department's queue, the overdue sweep, and its figures (the latest 交办 and earlier ones)
  { collection: 'items', name: 'assignment_department_state_due', keys: { 'assignment.department': 1, 'assignment.state': 1, 'assignment.dueAt': 1 } },
  { collection: 'items', name: 'assignment_state_due', keys: { 'assignment.state': 1, 'assignment.dueAt': 1 } },
  { collection: 'items', name: 'assignment_department_assigned', keys: { 'assignment.department': 1, 'assignment.assignedAt': 1 } },
  { collection: 'items', name: 'assignment_history_department', keys: { 'assignmentHistory.department': 1 } },
  // departments at a node's chain (交办, 部门列表), under a node (部门数字); a department's staff to tell
  { collection: 'departments', name: 'node_active', keys: { node: 1, active: 1 } },
  { collection: 'departments', name: 'node_path', keys: { nodePath: 1 } },
  // 违纪线索: the filer's own, newest first; the receivers' at their nodes
  { collection: 'discipline', name: 'filer_filed', keys: { filer: 1, filedAt: -1 } },
  { collection: 'discipline', name: 'node_filed', keys: { node: 1, filedAt: -1 } },
  { collection: 'staff', name: 'departments_active', keys: { departments: 1, active: 1 } },
  // 公告: a point's published ones (its home page), a point's all (the editor's list), those answering a matter
  { collection: 'notices', name: 'point_status_published', keys: { pointCode: 1, status: 1, publishedAt: -1 } },
  { collection: 'notices', name: 'point_updated', keys: { pointCode: 1, updatedAt: -1 } },
  { collection: 'notices', name: 'items_status_published', keys: { itemIds: 1, status: 1, publishedAt: -1 } },
  // 挂点: the leaders whose contact point is one of a node's points (diary/leader-standings.ts)
  { collection: 'staff', name: 'contact_point_active', keys: { contactPoint: 1, active: 1 } },
  // `rollups`: a point's month of settled matters (figures/rollup-write.ts), read by points and months
  { collection: 'rollups', name: 'point_month', keys: { pointCode: 1, month: 1 } },
  { collection: 'rollups', name: 'month', keys: { month: 1 } },
  // 帮扶: the timer's sweep of due plans; an area's and a point's plans
  { collection: 'supportPlans', name: 'active_next_due', keys: { active: 1, nextDueAt: 1 } },
  { collection: 'supportPlans', name: 'area_active', keys: { area: 1, active: 1 } },
  { collection: 'supportPlans', name: 'point_active', keys: { pointCode: 1, active: 1 } },
  // 包片: a point's areas, a cadre's (handover); an area's households by address, a point's by address (the diary's pick)
  { collection: 'areas', name: 'point_active_created', keys: { pointCode: 1, active: 1, createdAt: 1 } },
  { collection: 'areas', name: 'cadre_active', keys: { cadre: 1, active: 1 } },
  { collection: 'households', name: 'area_key', keys: { area: 1, householdKey: 1 } },
  { collection: 'households', name: 'area_status', keys: { area: 1, status: 1 } },
  { collection: 'households', name: 'point_key_status', keys: { pointCode: 1, householdKey: 1, status: 1 } },
]

/** `jobs`: where a scheduled job keeps its place between runs (read by _id only). */
export const COLLECTIONS = ['points', 'orgs', 'staff', 'items', 'counters', 'ratelimits', 'audit', 'invites', 'settings', 'jobs', 'outbox', 'messages', 'subscriptions', 'schedules', 'slots', 'bookings', 'bookers', 'duties', 'swaps', 'visits', 'meetings', 'trips', 'homeVisits', 'quarterRatings', 'summaries', 'departments', 'rollups', 'areas', 'households', 'ledgers', 'supportPlans', 'discipline', 'notices', 'studioPlans', 'suggestions', 'studioRatings'] as const

/**
 * The deliberate scans: queries no index serves, allowed because the collection stays
 * small. Each names the collection and exactly the fields the query narrows (any order);
 * in tests the scan fails once the collection holds more than `maxDocs` documents.
 */
export interface ScanAllowance {
  name: string
  collection: string
  fields: string[]
  reason: string
  maxDocs: number
}

export const SCANS: ScanAllowance[] = [
  {
    name: 'all point names',
    collection: 'points',
    fields: [],
    reason: '管理员看全部说事点的走访进度时取每个说事点的名称（diary/visit-month.ts，一次最多读 200 个）',
    maxDocs: 200,
  },
]
