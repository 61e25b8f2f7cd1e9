/**
 * Demo matters for 集中议事 and 代理办事 at xd01, dated back from `now`: two matters waiting
 * for the 两委会, one taken to the 区住建局 ten days ago and not followed up since (flagged),
 * and a 议事会 held five days ago whose decision is on its matter. Only for the demo cloud
 * (`npm run cloud`): tests build their own worlds. Idempotent by the documents' ids.
 */
import { dueDateFor } from '../domain/matters/deadlines'
import { chinaYmd } from '../domain/kernel/display-dates'
import type { Category } from '../domain/matters/categories'
import type { Tier, Track } from '../domain/matters/handling'
import { attendanceRecord } from '../domain/meetings/meetings'
import type { MeetingRecord } from '../cloudfunctions/meetings/meeting-records'
import { claimNumber } from '../cloudfunctions/matters/numbering'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ItemRecord, TimelineRecord } from '../cloudfunctions/kernel/records'
import { matterHead } from './seed-matter-head'

const DAY = 24 * 3600_000
const POINT = { code: 'xd01', name: '新东社区民情说事点' }
const CADRE2 = { openid: 'demo-cadre-2', name: '李秀英' }
const CADRE1 = { openid: 'demo-cadre-1', name: '张建国' }
const LEADER = { openid: 'demo-leader', name: '陈书记' }

interface DemoMatter {
  id: string
  owner: string
  assignee: { openid: string; name: string }
  category: Category
  content: string
  contact: { name: string; phone: string; address: string }
  daysAgo: number
  track: Track
  tier: Tier
}

const MATTERS: DemoMatter[] = [
  {
    id: 'demo-item-bridge',
    owner: 'demo-resident-a',
    assignee: CADRE2,
    category: '基础设施',
    content: '村东头小河上的石桥栏杆松动了好几处，孩子们上学天天走，怕出危险，希望尽快加固',
    contact: { name: '刘桂兰', phone: '13912345601', address: '新东社区东河路 3 号' },
    daysAgo: 3,
    track: 'local',
    tier: 'committee',
  },
  {
    id: 'demo-item-activity-room',
    owner: 'demo-resident-b',
    assignee: CADRE1,
    category: '政策咨询',
    content: '小区里老人多，想把闲置的原物业用房改成老年活动室，不知道社区能不能统一安排',
    contact: { name: '赵德明', phone: '13912345602', address: '新东社区幸福路 16 号' },
    daysAgo: 2,
    track: 'phased',
    tier: 'committee',
  },
  {
    id: 'demo-item-north-road',
    owner: 'demo-resident-a',
    assignee: CADRE2,
    category: '基础设施',
    content: '小区北门外的市政道路破损严重，一下雨就积水，需要区里统一改造',
    contact: { name: '刘桂兰', phone: '13912345601', address: '新东社区东河路 3 号' },
    daysAgo: 11,
    track: 'escalate',
    tier: 'cadre',
  },
  {
    id: 'demo-item-chargers',
    owner: 'demo-resident-b',
    assignee: CADRE2,
    category: '物业管理',
    content: '楼道里常有人拉线给电动车充电，很危险，建议在小区里集中建充电棚',
    contact: { name: '赵德明', phone: '13912345602', address: '新东社区幸福路 16 号' },
    daysAgo: 12,
    track: 'local',
    tier: 'council',
  },
]

const MEETING_ID = 'demo-meeting-council'

function entry(type: TimelineRecord['type'], at: Date, who: { openid: string; name: string } | null, text: string): TimelineRecord {
  return { type, at, actor: who?.openid ?? 'system', actorName: who?.name ?? '系统', text }
}

function matterRecord(m: DemoMatter, no: string, month: string, seq: number, now: Date): ItemRecord {
  const createdAt = new Date(now.getTime() - m.daysAgo * DAY)
  const acceptedAt = new Date(createdAt.getTime() + 2 * 3600_000)
  const item: ItemRecord = {
    ...matterHead(m.id, m.owner, no, month, seq),
    pointCode: POINT.code,
    pointName: POINT.name,
    category: m.category,
    content: m.content,
    photos: [],
    contact: m.contact,
    status: 'accepted',
    assignee: m.assignee,
    dueAt: dueDateFor(acceptedAt, 'important'),
    contentReview: false,
    source: 'qr',
    track: m.track,
    importance: 'important',
    tier: m.tier,
    acceptedAt,
    timeline: [
      entry('register', createdAt, { openid: m.owner, name: '居民' }, `已登记，登记编号 ${no}`),
      entry('assign', createdAt, null, `已分派给${m.assignee.name}负责办理`),
      entry('accept', acceptedAt, m.assignee, '已受理'),
    ],
    createdAt,
    updatedAt: acceptedAt,
  }
  if (m.id === 'demo-item-north-road') {
    const takenAt = chinaYmd(now, -10)
    item.status = 'in_progress'
    item.escalation = { department: '区住建局', takenAt, answer: null, answeredAt: null }
    item.timeline.push(entry('escalate', new Date(now.getTime() - 10 * DAY), m.assignee, `${takenAt} 由${m.assignee.name}代为上报区住建局，将跟进答复`))
  }
  if (m.id === 'demo-item-chargers') {
    const date = chinaYmd(now, -5)
    const decision = '同意在 3 号楼东侧空地建设电动车充电棚，费用从公益金列支，物业负责日常管理'
    item.decision = { meetingDate: date, decision, body: '议事会', meetingId: MEETING_ID }
    item.timeline.push(entry('decide', new Date(now.getTime() - 5 * DAY), LEADER, `议事会于 ${date} 研究决定：${decision}`))
  }
  return item
}

function meetingRecord(item: ItemRecord, now: Date): MeetingRecord {
  const at = new Date(now.getTime() - 5 * DAY)
  return {
    _id: MEETING_ID,
    pointCode: POINT.code,
    pointName: POINT.name,
    body: '议事会',
    date: chinaYmd(now, -5),
    agenda: [{ itemId: item._id, no: item.no, category: item.category, excerpt: item.content.slice(0, 40), assigneeName: item.assignee.name }],
    itemIds: [item._id],
    status: 'recorded',
    convenedBy: LEADER.openid,
    convenedByName: LEADER.name,
    createdAt: new Date(now.getTime() - 8 * DAY),
    attendance: attendanceRecord(
      { chair: LEADER, recorder: CADRE2, cadres: [CADRE1, { openid: 'demo-cadre-3', name: '王志强' }] },
      { others: ['党员代表周国平', '居民代表孙丽'], absent: ['居民代表吴海'] },
    ),
    decisions: [{ itemId: item._id, decision: item.decision?.decision ?? '' }],
    done: [item._id],
    recordedBy: LEADER.openid,
    recordedByName: LEADER.name,
    recordedAt: at,
  }
}

/** Returns how many documents it created. */
export async function seedMeetingDemo(db: DatabasePort, now: Date): Promise<number> {
  let created = 0
  // oldest first, so the registration numbers follow the days
  for (const m of [...MATTERS].sort((a, b) => b.daysAgo - a.daysAgo)) {
    if ((await db.collection('items').doc(m.id).get()).data) continue
    const number = await claimNumber(db, POINT.code, m.id, new Date(now.getTime() - m.daysAgo * DAY))
    const made = await db.runTransaction(async (tx) => {
      const ref = tx.collection('items').doc(m.id)
      if ((await ref.get()).data) return null
      const item = matterRecord(m, number.no, number.month, number.seq, now)
      const { _id, ...fields } = item
      await ref.set({ data: fields })
      return item
    })
    if (!made) continue
    created++
    if (made.decision) {
      const { _id, ...fields } = meetingRecord(made, now)
      await db.collection('meetings').doc(MEETING_ID).set({ data: fields })
      created++
    }
  }
  return created
}
