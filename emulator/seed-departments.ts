/**
 * Demo data of 交办 on the org seed's county (seed-org.ts, DEMO_ORG: 青溪县 QX, 青溪镇 QX-A,
 * 城南街道 QX-B; xd01 and xd02 in 新东社区 QX-A1): departments at the townships and the county,
 * a township leader and two departments' staff, and two matters of xd01 gone up and 交办 to
 * 青溪镇民政办, one answered (for the cadre to reply), one waiting on its queue. The org seed
 * runs first and places every node and point; this one adds only what is missing.
 */
import { claimNumber } from '../cloudfunctions/matters/numbering'
import type { Assignment } from '../domain/departments/assignments'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ItemRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import { matterHead } from './seed-matter-head'
import { ensure } from './seed-ensure'

const DAY_MS = 86_400_000
export const DEPT_DEMO = { townshipLeader: 'demo-township-leader', civil: 'demo-dept-civil', housing: 'demo-dept-housing', department: 'QX-A-MZ' } as const

const dept = (code: string, name: string, node: string, nodePath: string[]) => ({ _id: code, code, name, node, nodePath, active: true })
const DEPARTMENTS = [
  dept('QX-A-MZ', '青溪镇民政办', 'QX-A', ['QX', 'QX-A']),
  dept('QX-A-CJ', '青溪镇城建办', 'QX-A', ['QX', 'QX-A']),
  dept('QX-B-MZ', '城南街道民政办', 'QX-B', ['QX', 'QX-B']),
  dept('QX-ZJ', '青溪县住建局', 'QX', ['QX']),
  dept('QX-RS', '青溪县人社局', 'QX', ['QX']),
]
const STAFF: (StaffRecord & { nodes?: string[] })[] = [
  { _id: DEPT_DEMO.townshipLeader, openid: DEPT_DEMO.townshipLeader, name: '刘镇长', roles: ['leader'], points: ['xd01', 'xd02'], nodes: ['QX-A'], active: true },
  { _id: DEPT_DEMO.civil, openid: DEPT_DEMO.civil, name: '周干事', roles: ['department'], points: [], nodes: [], departments: ['QX-A-MZ'], active: true },
  { _id: DEPT_DEMO.housing, openid: DEPT_DEMO.housing, name: '吴工', roles: ['department'], points: [], nodes: [], departments: ['QX-ZJ'], active: true },
]

const CADRE = { openid: 'demo-cadre-2', name: '李秀英' }
const LEADER = { openid: DEPT_DEMO.townshipLeader, name: '刘镇长' }

interface DemoMatter {
  id: string
  owner: string
  content: string
  contact: ItemRecord['contact']
  request: string
  answer: string | null
}

const MATTERS: DemoMatter[] = [
  {
    id: 'demo-dept-answered',
    owner: 'demo-resident-a',
    content: '家里老人今年八十岁了，听说有高龄津贴，社区说要镇里审批，想知道什么时候能批下来。',
    contact: { name: '刘桂兰', phone: '13912345601', address: '新东社区东河路 3 号' },
    request: '请核实该户高龄津贴申请材料，答复审批进度',
    answer: '材料齐全，已于本周审批通过，下月起随社保卡发放。',
  },
  {
    id: 'demo-dept-open',
    owner: 'demo-resident-b',
    content: '东河路的排水沟年久失修，一下雨就漫到路上，村里说要镇上统一安排修缮。',
    contact: { name: '王秀兰', phone: '13912345602', address: '和平路 5 号' },
    request: '请现场查看排水沟，答复修缮安排',
    answer: null,
  },
]

function demoItem(m: DemoMatter, no: string, month: string, seq: number, at: Date): ItemRecord {
  const accepted = new Date(at.getTime() + 2 * 3600_000)
  const escalated = new Date(at.getTime() + DAY_MS)
  const assignedAt = new Date(at.getTime() + 2 * DAY_MS)
  const answeredAt = m.answer ? new Date(at.getTime() + 4 * DAY_MS) : null
  const assignment: Assignment = {
    id: `${m.id}-assign`,
    department: 'QX-A-MZ',
    departmentName: '青溪镇民政办',
    node: 'QX-A',
    request: m.request,
    dueAt: new Date(at.getTime() + 9 * DAY_MS),
    state: m.answer ? 'answered' : 'assigned',
    assignedBy: LEADER.openid,
    assignedByName: LEADER.name,
    assignedAt,
    acceptedAt: answeredAt,
    answer: m.answer,
    answeredAt,
    reason: null,
    returnedAt: null,
    handledBy: m.answer ? DEPT_DEMO.civil : null,
  }
  const due = `${new Date(assignment.dueAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}`
  const steps = [
    { type: 'department' as const, at: assignedAt, actor: LEADER.openid, actorName: LEADER.name, text: `已交办青溪镇民政办，办理期限 ${due}` },
    ...(answeredAt && m.answer
      ? [
          { type: 'department' as const, at: answeredAt, actor: DEPT_DEMO.civil, actorName: '青溪镇民政办', text: '青溪镇民政办已接收交办' },
          { type: 'department' as const, at: answeredAt, actor: DEPT_DEMO.civil, actorName: '青溪镇民政办 周干事', text: `青溪镇民政办答复：${m.answer}`, internal: true },
        ]
      : []),
  ]
  return {
    ...matterHead(m.id, m.owner, no, month, seq),
    pointCode: 'xd01',
    pointName: '新东社区民情说事点',
    category: '政策咨询',
    content: m.content,
    photos: [],
    contact: m.contact,
    status: 'in_progress',
    assignee: CADRE,
    dueAt: new Date(at.getTime() + 30 * DAY_MS),
    contentReview: false,
    source: 'qr',
    track: 'escalate',
    importance: 'important',
    tier: 'cadre',
    acceptedAt: accepted,
    escalation: { department: '青溪镇', takenAt: new Date(escalated.getTime() + 8 * 3600_000).toISOString().slice(0, 10), answer: null, answeredAt: null },
    assignment,
    assignmentHistory: [],
    timeline: [
      { type: 'register', at, actor: m.owner, actorName: '居民', text: `已登记，登记编号 ${no}` },
      { type: 'assign', at, actor: 'system', actorName: '系统', text: `已分派给${CADRE.name}负责办理` },
      { type: 'accept', at: accepted, actor: CADRE.openid, actorName: CADRE.name, text: '已受理，上报上级' },
      { type: 'escalate', at: escalated, actor: CADRE.openid, actorName: CADRE.name, text: `由${CADRE.name}代为上报青溪镇，将跟进答复` },
      ...steps,
    ],
    createdAt: at,
    updatedAt: steps.at(-1)!.at,
  }
}

/** Only with the demo matters (the running demo and the browser tests that ask for them). Returns how many records it wrote. */
export async function seedDepartmentsDemo(db: DatabasePort, now: Date, demoMatters = false): Promise<number> {
  // only for the demo cloud: tests build their own county (cloudfunctions/departments/testing-org.ts)
  if (!demoMatters) return 0
  let created = 0
  for (const d of DEPARTMENTS) created += await ensure(db, 'departments', d)
  for (const s of STAFF) created += await ensure(db, 'staff', s)
  if ((await db.collection('items').doc(MATTERS[0].id).get()).data) return created
  const start = new Date(now.getTime() - 6 * DAY_MS)
  for (const [i, m] of MATTERS.entries()) {
    const at = new Date(start.getTime() + i * 3600_000)
    const taken = await claimNumber(db, 'xd01', m.id, at)
    const { _id, ...fields } = demoItem(m, taken.no, taken.month, taken.seq, at)
    await db.collection('items').doc(_id).set({ data: fields })
  }
  return created + MATTERS.length
}
