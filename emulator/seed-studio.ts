/**
 * Demo data of the 两代表工作室 xd02 (新东社区, seed.ts): its liaison 周联络 and two more
 * deputies beside 王志强, this month's plan published by rotation and next month's left
 * short (so the warning shows), 意见建议 in each state — one collected, one 交办 to
 * 青溪镇民政办 as a matter of the studio, one answered with its outcome fed back — and a few
 * residents' 评议 this quarter. Only with the demo matters; tests build their own studios.
 */
import { claimNumber } from '../cloudfunctions/matters/numbering'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ItemRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import type { StudioPlanRecord, StudioRatingRecord, SuggestionRecord } from '../cloudfunctions/studio/records'
import type { Assignment } from '../domain/departments/assignments'
import { chinaWallClock } from '../domain/kernel/time'
import { monthAfter, proposeRotation } from '../domain/studio/plan'
import { quarterName } from '../domain/studio/ratings'
import { matterHead } from './seed-matter-head'
import { ensure } from './seed-ensure'

const DAY_MS = 86_400_000
export const STUDIO_DEMO = { code: 'xd02', liaison: 'demo-liaison', deputies: ['demo-cadre-3', 'demo-deputy-qian', 'demo-deputy-sun'], matter: 'demo-studio-matter' } as const

const STAFF: StaffRecord[] = [
  { _id: STUDIO_DEMO.liaison, openid: STUDIO_DEMO.liaison, name: '周联络', roles: ['liaison'], points: ['xd02'], nodes: [], active: true },
  { _id: 'demo-deputy-qian', openid: 'demo-deputy-qian', name: '钱代表', roles: ['deputy'], points: ['xd02'], nodes: [], active: true },
  { _id: 'demo-deputy-sun', openid: 'demo-deputy-sun', name: '孙代表', roles: ['deputy'], points: ['xd02'], nodes: [], active: true },
]

function plans(now: Date): StudioPlanRecord[] {
  const month = chinaWallClock(now).format('YYYY-MM')
  const next = monthAfter(month)
  const base = { pointCode: 'xd02', updatedAt: now, updatedBy: STUDIO_DEMO.liaison }
  return [
    { _id: `xd02-${month}`, ...base, month, entries: proposeRotation(month, [...STUDIO_DEMO.deputies]), published: true, publishedAt: now },
    { _id: `xd02-${next}`, ...base, month: next, entries: proposeRotation(next, [...STUDIO_DEMO.deputies]).slice(0, 1), published: false, publishedAt: null },
  ]
}

const LEADER = { openid: 'demo-leader', name: '陈书记' }
const TOWN = { openid: 'demo-township-leader', name: '刘镇长' }

function studioMatter(no: string, month: string, seq: number, at: Date): ItemRecord {
  const assignment: Assignment = {
    id: `${STUDIO_DEMO.matter}-assign`,
    department: 'QX-A-MZ',
    departmentName: '青溪镇民政办',
    node: 'QX-A',
    request: '请研究在新东社区设老年助餐点的可行性并答复',
    dueAt: new Date(at.getTime() + 20 * DAY_MS),
    state: 'assigned',
    assignedBy: TOWN.openid,
    assignedByName: TOWN.name,
    assignedAt: new Date(at.getTime() + 2 * DAY_MS),
    acceptedAt: null,
    answer: null,
    answeredAt: null,
    reason: null,
    returnedAt: null,
    handledBy: null,
  }
  const day = (ms: number) => new Date(at.getTime() + ms + 8 * 3600_000).toISOString().slice(0, 10)
  return {
    ...matterHead(STUDIO_DEMO.matter, '', no, month, seq),
    pointCode: 'xd02',
    pointName: '新东社区两代表工作室',
    category: '意见建议',
    content: '社区老人多，建议设老年助餐点。（分送青溪镇民政办：请研究答复）',
    photos: [],
    contact: { name: '新东社区老年协会', phone: '', address: '新东社区党群服务中心二楼' },
    status: 'in_progress',
    assignee: LEADER,
    dueAt: new Date(at.getTime() + 30 * DAY_MS),
    contentReview: false,
    source: 'walk-in',
    track: 'escalate',
    importance: 'important',
    tier: 'cadre',
    acceptedAt: at,
    escalation: { department: '青溪镇', takenAt: day(DAY_MS), answer: null, answeredAt: null },
    assignment,
    assignmentHistory: [],
    timeline: [
      { type: 'register', at, actor: LEADER.openid, actorName: LEADER.name, text: `两代表工作室分送，登记编号 ${no}` },
      { type: 'accept', at, actor: LEADER.openid, actorName: LEADER.name, text: '已受理，上报上级' },
      { type: 'escalate', at: new Date(at.getTime() + DAY_MS), actor: LEADER.openid, actorName: LEADER.name, text: '由陈书记代为上报青溪镇，将跟进答复' },
      { type: 'department', at: assignment.assignedAt, actor: TOWN.openid, actorName: TOWN.name, text: `已交办青溪镇民政办，办理期限 ${day(20 * DAY_MS)}` },
    ],
    createdAt: at,
    updatedAt: assignment.assignedAt,
  } as ItemRecord
}

function suggestions(now: Date, matterNo: string): SuggestionRecord[] {
  const at = (days: number) => new Date(now.getTime() - days * DAY_MS)
  const base = { pointCode: 'xd02', progress: [], feedback: null, route: null, raisers: [], createdBy: 'demo-deputy-qian' }
  return [
    { _id: 'demo-suggestion-new', ...base, content: '幸福路口早晚高峰车多，建议增设一处人行横道和提示牌。', raisedBy: '幸福路沿街商户', state: 'collected', createdAt: at(1) },
    {
      _id: 'demo-suggestion-routed',
      ...base,
      content: '社区老人多，建议设老年助餐点。',
      raisedBy: '新东社区老年协会',
      state: 'routed',
      route: { to: { kind: 'department', department: 'QX-A-MZ', name: '青溪镇民政办', matterId: STUDIO_DEMO.matter, matterNo }, request: '请研究答复', dueAt: at(-20), at: at(6), by: 'demo-leader' },
      progress: [{ at: at(3), text: '民政办已接收，正在选址', by: STUDIO_DEMO.liaison, byName: '周联络' }],
      createdAt: at(8),
    },
    {
      _id: 'demo-suggestion-answered',
      ...base,
      content: '希望工作室周末也能接待上班族。',
      raisedBy: '居民（小程序）',
      raisers: ['demo-resident-a'],
      state: 'answered',
      route: { to: { kind: 'node', node: 'QX-A', name: '青溪镇' }, request: '请研究周末接待安排', dueAt: at(5), at: at(20), by: STUDIO_DEMO.liaison },
      feedback: { at: at(4), outcome: '自下月起，每月第一个周六上午加开接待。', by: STUDIO_DEMO.liaison },
      createdAt: at(25),
      createdBy: 'demo-resident-a',
    },
  ]
}

function ratings(now: Date): StudioRatingRecord[] {
  const quarter = quarterName(now)
  const levels = ['satisfied', 'satisfied', 'basic', 'satisfied'] as const
  return levels.map((level, i) => ({ _id: `xd02-${quarter}-demo-rater-${i}`, pointCode: 'xd02', quarter, openid: `demo-rater-${i}`, level, opinion: i === 0 ? '代表们很耐心' : '', at: now }))
}

/** Returns how many records it wrote (0 when they were there). */
export async function seedStudioDemo(db: DatabasePort, now: Date, demoMatters = false): Promise<number> {
  if (!demoMatters) return 0
  let created = 0
  for (const s of STAFF) created += await ensure(db, 'staff', s)
  for (const p of plans(now)) created += await ensure(db, 'studioPlans', p)
  for (const r of ratings(now)) created += await ensure(db, 'studioRatings', r)
  let no = ((await db.collection('items').doc(STUDIO_DEMO.matter).get()).data as ItemRecord | null)?.no
  if (!no) {
    const at = new Date(now.getTime() - 6 * DAY_MS)
    const taken = await claimNumber(db, 'xd02', STUDIO_DEMO.matter, at)
    const { _id, ...fields } = studioMatter(taken.no, taken.month, taken.seq, at)
    await db.collection('items').doc(_id).set({ data: fields })
    no = taken.no
    created++
  }
  for (const s of suggestions(now, no)) created += await ensure(db, 'suggestions', s)
  return created
}
