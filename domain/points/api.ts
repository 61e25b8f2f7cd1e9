/** What the functions answer about 说事点 and their staff. */
import type { Category } from '../matters/categories'
import type { PointKind, StaffRoleName } from './schemas'
import type { HeldNodeView } from '../orgs/api'

export interface PointView {
  code: string
  name: string
  kind: PointKind
  community: string
  address: string
  /** When it is open, in words, e.g. 每周三 9:00–12:00、14:30–17:30 */
  openHours: string
  /** A number residents may call, when the point has one */
  phone?: string
  /** the village or community node it belongs to (absent on a point not yet placed in the tree) */
  org?: string
}

export interface StaffProfile {
  openid: string
  name: string
  roles: StaffRoleName[]
  /** the points held directly; for the caller (me) the reach: these and every point below a held node */
  points: string[]
  /** the tree's nodes the roles are held at */
  nodes: string[]
  active: boolean
}

/** The caller as staff, with the points they reach and the nodes they hold. */
export interface MeView extends StaffProfile {
  pointsDetail: PointView[]
  nodesDetail: HeldNodeView[]
}

/** A point's 小程序码, made once and kept in storage. */
export interface QrCodeView {
  fileID: string
  /** a temporary URL to show or save it */
  url: string
}

export interface InviteView {
  code: string
  name: string
  role: StaffRoleName
  /** the point, node or (部门工作人员) department the role is held at, and its name */
  node?: string
  department?: string
  nodeName: string
  expiresAt: string
}

/** A point as the admin sets its routing: who receives each category's matters. */
export interface RoutingPointView extends PointView {
  leadCadre: string
  routing: Partial<Record<Category, string>>
  active: boolean
}

export interface PointResidentResponses {
  'points.list': { points: PointView[] }
  'points.get': PointView
  /** Where this resident's photos go: `wx.cloud.uploadFile` paths start with it. */
  'upload.folder': { folder: string }
}

export interface PointStaffResponses {
  me: MeView
  'invite.create': InviteView
  'invite.redeem': StaffProfile
  'staff.list': { staff: StaffProfile[] }
  'staff.deactivate': { transferred: number }
  'points.upsert': PointView
  'points.qrcode': QrCodeView
  'routing.list': { points: RoutingPointView[] }
  'routing.set': { pointCode: string; routing: Partial<Record<Category, string>> }
}
