/**
 * Demo data of 公开反馈 and 座谈会 at xd01: four residents (the two demo residents among
 * them) raised the dark street lights of 幸福路, and 陈书记 answered them in a published
 * 公告 — each of them told in 消息, the notice on the point's home page and on each matter;
 * a draft 公告 on parking; and a 座谈会 whose opinions were heard, one of them already
 * turned into a matter. Matters are numbered as the point's others; told through the outbox
 * as the publish would (cloudfunctions/notices/notice-change.ts).
 */
import { claimNumber } from '../cloudfunctions/matters/numbering'
import { queueMessage } from '../cloudfunctions/messages/outbox'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ItemRecord } from '../cloudfunctions/kernel/records'
import type { NoticeRecord } from '../cloudfunctions/notices/notice-records'
import type { MeetingRecord } from '../cloudfunctions/meetings/meeting-records'
import type { Category } from '../domain/matters/categories'
import { chinaYmd } from '../domain/kernel/display-dates'
import { linkedMatter, noticeMessage, recipientsOf } from '../domain/notices/notices'
import { forumHow } from '../domain/meetings/forum'
import { matterHead } from './seed-matter-head'

const DAY_MS = 86_400_000
const POINT = { code: 'xd01', name: '新东社区民情说事点' }
const CADRE = { openid: 'demo-cadre-2', name: '李秀英' }
const LEADER = { openid: 'demo-leader', name: '陈书记' }
export const NOTICE_DEMO = { published: 'demo-notice-lights', draft: 'demo-notice-parking', forum: 'demo-meeting-forum' } as const

interface DemoMatter {
  id: string
  owner: string
  category: Category
  content: string
  name: string
  source?: ItemRecord['source']
}

const LIGHTS: DemoMatter[] = [
  { id: 'demo-lights-a', owner: 'demo-resident-a', category: '基础设施', content: '幸福路北段的路灯坏了好几盏，晚上接孩子放学路上黑乎乎的。', name: '刘桂兰' },
  { id: 'demo-lights-b', owner: 'demo-resident-b', category: '基础设施', content: '幸福路和东河路路口的路灯一直不亮，老人晚上出门怕摔。', name: '王秀兰' },
  { id: 'demo-lights-c', owner: 'demo-resident-c', category: '基础设施', content: '幸福路小学门口的路灯闪了一个月，请社区找人修一修。', name: '赵大勇' },
  { id: 'demo-lights-d', owner: 'demo-resident-d', category: '基础设施', content: '晚上散步幸福路太黑了，路灯能不能都修好。', name: '孙美华' },
]
const PARKING: DemoMatter[] = [
  { id: 'demo-parking-a', owner: 'demo-resident-c', category: '物业管理', content: '小区里乱停车，消防通道经常被堵住。', name: '赵大勇' },
  { id: 'demo-parking-b', owner: 'demo-resident-d', category: '物业管理', content: '晚上回来找不到车位，希望规划一些停车位。', name: '孙美华' },
]
const OPINIONS = [
  { who: '王大妈', what: '3号楼楼道灯坏了，晚上上楼看不见', category: '基础设施' as Category },
  { who: '', what: '希望老楼加装电梯，爬楼太难了', category: '基础设施' as Category },
  { who: '老李', what: '活动室晚上能不能多开一会儿', category: '意见建议' as Category },
]

function demoItem(m: DemoMatter, taken: { no: string; month: string; seq: number }, at: Date): ItemRecord {
  const accepted = new Date(at.getTime() + 3 * 3600_000)
  const fromForum = m.source === 'meeting'
  return {
    ...matterHead(m.id, m.owner, taken.no, taken.month, taken.seq),
    pointCode: POINT.code,
    pointName: POINT.name,
    category: m.category,
    content: m.content,
    photos: [],
    contact: fromForum ? { name: m.name, phone: '', address: POINT.name } : { name: m.name, phone: '13912345699', address: '新东社区幸福路' },
    status: fromForum ? 'submitted' : 'in_progress',
    assignee: CADRE,
    dueAt: fromForum ? null : new Date(accepted.getTime() + 30 * DAY_MS),
    contentReview: false,
    source: m.source ?? 'qr',
    registeredBy: fromForum ? CADRE.openid : null,
    ...(fromForum ? {} : { track: 'local' as const, importance: 'important' as const, tier: 'cadre' as const, acceptedAt: accepted }),
    timeline: [
      { type: 'register', at, actor: fromForum ? CADRE.openid : m.owner, actorName: fromForum ? CADRE.name : '居民', text: fromForum ? forumHow(chinaYmd(at)) : `已登记，登记编号 ${taken.no}` },
      { type: 'assign', at, actor: 'system', actorName: '系统', text: `已分派给${CADRE.name}负责办理` },
      ...(fromForum ? [] : [{ type: 'accept' as const, at: accepted, actor: CADRE.openid, actorName: CADRE.name, text: '已受理，本级办理' }]),
    ],
    createdAt: at,
    updatedAt: at,
  } as ItemRecord
}

async function writeMatters(db: DatabasePort, matters: DemoMatter[], start: Date): Promise<ItemRecord[]> {
  const out: ItemRecord[] = []
  for (const [i, m] of matters.entries()) {
    const at = new Date(start.getTime() + i * 5 * 3600_000)
    const item = demoItem(m, await claimNumber(db, POINT.code, m.id, at), at)
    const { _id, ...fields } = item
    await db.collection('items').doc(_id).set({ data: fields })
    out.push(item)
  }
  return out
}

function notice(id: string, items: ItemRecord[], words: Pick<NoticeRecord, 'title' | 'raised' | 'done' | 'next'>, at: Date, published: boolean): NoticeRecord {
  const recipients = recipientsOf(items)
  return {
    _id: id,
    pointCode: POINT.code,
    pointName: POINT.name,
    ...words,
    itemIds: items.map((i) => i._id),
    matters: items.map(linkedMatter),
    status: published ? 'published' : 'draft',
    createdBy: LEADER.openid,
    createdByName: LEADER.name,
    createdAt: at,
    updatedBy: LEADER.openid,
    updatedAt: at,
    publishedAt: published ? at : null,
    publishedBy: published ? LEADER.openid : null,
    withdrawnAt: null,
    recipients: published ? recipients : [],
    told: published ? recipients.map((r) => r.openid) : [],
  }
}

/** Only with the demo matters. Returns how many records it wrote (0 when already there). */
export async function seedNoticesDemo(db: DatabasePort, now: Date): Promise<number> {
  if ((await db.collection('notices').doc(NOTICE_DEMO.published).get()).data) return 0
  const lights = await writeMatters(db, LIGHTS, new Date(now.getTime() - 12 * DAY_MS))
  const parking = await writeMatters(db, PARKING, new Date(now.getTime() - 5 * DAY_MS))
  const publishedAt = new Date(now.getTime() - 2 * DAY_MS)
  const published = notice(
    NOTICE_DEMO.published,
    lights,
    {
      title: '幸福路路灯集中维修',
      raised: '近两周有多位居民反映幸福路一带路灯不亮、闪烁，晚上出行不便、不安全。',
      done: '社区联系供电所，已对幸福路全线 26 盏路灯逐一检修，更换灯具 12 盏、线路 2 处，现已全部点亮。',
      next: '社区每月夜间巡查一次路灯；发现不亮请在说事点登记，3 天内修好。',
    },
    publishedAt,
    true,
  )
  const draft = notice(
    NOTICE_DEMO.draft,
    parking,
    { title: '小区停车秩序整治', raised: '居民反映小区内乱停车、消防通道被占。', done: '物业已在消防通道施划禁停标线。', next: '下月起规划临时停车位，征求居民意见。' },
    now,
    false,
  )
  const { _id: pid, ...pFields } = published
  const { _id: did, ...dFields } = draft
  await db.runTransaction(async (tx) => {
    await tx.collection('notices').doc(pid).set({ data: pFields })
    for (const r of published.recipients) {
      const matter = published.matters.find((m) => m.itemId === r.itemId)!
      await queueMessage(tx, noticeMessage({ id: pid, title: published.title, pointName: POINT.name }, r.openid, matter, publishedAt), publishedAt)
    }
  })
  await db.collection('notices').doc(did).set({ data: dFields })

  const forumDay = new Date(now.getTime() - 3 * DAY_MS)
  const [turned] = await writeMatters(db, [{ id: 'demo-forum-item', owner: '', category: OPINIONS[0].category, content: OPINIONS[0].what, name: OPINIONS[0].who, source: 'meeting' }], forumDay)
  const forum: Omit<MeetingRecord, '_id'> = {
    pointCode: POINT.code,
    pointName: POINT.name,
    body: '座谈会',
    date: chinaYmd(forumDay),
    topic: '楼道、电梯和活动室',
    opinions: OPINIONS.map((o, i) => ({ ...o, itemId: i === 0 ? turned._id : null, no: i === 0 ? turned.no : null })),
    agenda: [],
    itemIds: [turned._id],
    status: 'recorded',
    convenedBy: LEADER.openid,
    convenedByName: LEADER.name,
    createdAt: forumDay,
    attendance: null,
    decisions: [],
    done: [],
    recordedBy: CADRE.openid,
    recordedByName: CADRE.name,
    recordedAt: forumDay,
  }
  await db.collection('meetings').doc(NOTICE_DEMO.forum).set({ data: forum })
  return LIGHTS.length + PARKING.length + 4
}
