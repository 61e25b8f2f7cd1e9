/**
 * Demo matters for 大家说的事 at xd01: answered and rated a few weeks ago, four of them made
 * public by their residents, with names, phones and addresses in their words so the
 * redaction shows; the leader approved three, the fourth waits in 审核. Only for the running demo (`npm run cloud`), not in tests: numbers are
 * taken from the month's counter like any matter's.
 */
import { monthKey, numberCounterId, registrationNo } from '../domain/matters/numbering'
import type { RatingLevel } from '../domain/matters/handling'
import type { Category } from '../domain/matters/categories'
import { boardRecordOf, redactItem } from '../cloudfunctions/board/board-entry'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ItemRecord } from '../cloudfunctions/kernel/records'
import { asCounter } from '../cloudfunctions/kernel/reads'

const DAY_MS = 86_400_000
const CADRE = { openid: 'demo-cadre-2', name: '李秀英' }
const LEADER = { openid: 'demo-leader', name: '陈书记' }

interface DemoMatter {
  owner: string
  category: Category
  content: string
  contact: ItemRecord['contact']
  answer: string
  level: RatingLevel
  /** made public by the resident: shown once approved, or waiting for the leader */
  board: 'approved' | 'pending' | null
}

const MATTERS: DemoMatter[] = [
  {
    owner: 'demo-resident-a',
    category: '基础设施',
    content: '我叫周美兰，住幸福路 18 号 2 单元 302 室，六楼。楼下路灯坏了快一个月，晚上老人出门不安全。电话 一三九 5712 〇〇〇1，白天都在家。',
    contact: { name: '周美兰', phone: '13957120001', address: '新东社区幸福路18号2单元302室' },
    answer: '已请供电所更换路灯灯头，3月12日晚已恢复照明。周美兰阿姨反映及时，谢谢。',
    level: 'satisfied',
    board: 'approved',
  },
  {
    owner: 'demo-resident-b',
    category: '环境卫生',
    content: '阳光花园小区5栋1单元楼道里堆满了纸箱和旧家具，邻居孙建华家放的，说了不听，有消防隐患。我是吴海涛，13800138000。',
    contact: { name: '吴海涛', phone: '13800138000', address: '新东社区阳光花园小区5栋1单元101室' },
    answer: '网格员李秀英已上门与孙建华沟通，楼道杂物已于当周清理完毕，物业每周巡查一次。',
    level: 'basic',
    board: 'approved',
  },
  {
    owner: 'demo-resident-a',
    category: '社会保障',
    content: '我母亲今年80岁了，高龄补贴一直没有到账，身份证号330106194403120021，请帮忙查一下。联系座机0571-86001234。',
    contact: { name: '周美兰', phone: '13957120001', address: '新东社区幸福路18号2单元302室' },
    answer: '经核实，补贴因银行卡号变更未能发放，已协助更新信息，本月补发到账。',
    level: 'satisfied',
    board: 'approved',
  },
  {
    owner: 'demo-resident-b',
    category: '邻里纠纷',
    content: '楼上王大妈家每天晚上十点以后还在跳绳，声音很大，孩子没法睡觉，希望社区协调一下。',
    contact: { name: '吴海涛', phone: '13800138000', address: '新东社区阳光花园小区5栋1单元101室' },
    answer: '社区调解员已分别上门沟通，双方约定晚上九点后不再跳绳，地面加铺了减震垫。',
    level: 'satisfied',
    board: 'pending',
  },
  {
    owner: 'demo-resident-b',
    category: '物业管理',
    content: '小区地下车库入口的坡道太滑，下雨天好几次有电动车摔倒，希望物业处理。',
    contact: { name: '吴海涛', phone: '13800138000', address: '新东社区阳光花园小区5栋1单元101室' },
    answer: '物业已在坡道加铺防滑条并增设提示牌。',
    level: 'basic',
    board: null,
  },
]

function demoItem(m: DemoMatter, i: number, no: string, month: string, seq: number, at: Date): ItemRecord {
  const accepted = new Date(at.getTime() + 2 * 3600_000)
  const replied = new Date(at.getTime() + 3 * DAY_MS)
  const rated = new Date(replied.getTime() + DAY_MS)
  const item: ItemRecord = {
    _id: `demo-board-${i + 1}`,
    no,
    month,
    seq,
    requestId: `demo-board-request-${i + 1}`,
    ownerOpenid: m.owner,
    pointCode: 'xd01',
    pointName: '新东社区民情说事点',
    category: m.category,
    content: m.content,
    photos: [],
    contact: m.contact,
    status: 'closed',
    assignee: CADRE,
    dueAt: new Date(at.getTime() + 7 * DAY_MS),
    contentReview: false,
    source: 'qr',
    track: 'local',
    importance: 'normal',
    tier: 'cadre',
    acceptedAt: accepted,
    repliedAt: replied,
    closedAt: rated,
    closedReason: 'rated',
    reply: { answer: m.answer, unit: '新东社区居委会', handler: CADRE.name, by: CADRE.openid, at: replied },
    rating: { level: m.level, solved: true, opinion: '', at: rated },
    timeline: [
      { type: 'register', at, actor: m.owner, actorName: '居民', text: `已登记，登记编号 ${no}` },
      { type: 'assign', at, actor: 'system', actorName: '系统', text: `已分派给${CADRE.name}负责办理` },
      { type: 'accept', at: accepted, actor: CADRE.openid, actorName: CADRE.name, text: '已受理，本级办理' },
      { type: 'reply', at: replied, actor: CADRE.openid, actorName: CADRE.name, text: `答复：${m.answer}` },
      { type: 'rate', at: rated, actor: m.owner, actorName: '居民', text: `评议：${m.level === 'satisfied' ? '满意' : '基本满意'}，问题已解决` },
      { type: 'close', at: rated, actor: 'system', actorName: '系统', text: '已办结' },
    ],
    createdAt: at,
    updatedAt: rated,
  }
  if (!m.board) return { ...item, board: null }
  const { content, answer } = redactItem(item)
  // the demo texts hold no word the content check refuses
  const made = boardRecordOf({ content, answer, verdict: 'pass', replyAt: replied.getTime() }, item, rated)
  if (m.board === 'pending') return { ...item, board: made }
  const reviewedAt = new Date(rated.getTime() + DAY_MS)
  return { ...item, board: { ...made, status: 'approved', reviewedBy: LEADER.openid, reviewerName: LEADER.name, reviewedAt } }
}

/** Returns how many matters it wrote (0 when they were already there). */
export async function seedBoardDemo(db: DatabasePort, now: Date): Promise<number> {
  const first = await db.collection('items').doc('demo-board-1').get()
  if (first.data) return 0
  const start = new Date(now.getTime() - 40 * DAY_MS)
  const month = monthKey(start)
  const point = 'xd01'
  const counter = db.collection('counters').doc(numberCounterId(point, month))
  const taken = asCounter((await counter.get()).data)?.ids ?? []
  const ids: string[] = []
  for (const [i, m] of MATTERS.entries()) {
    const seq = taken.length + i + 1
    const at = new Date(start.getTime() + i * 3600_000)
    const { _id, ...fields } = demoItem(m, i, registrationNo(point, at, seq), month, seq, at)
    await db.collection('items').doc(_id).set({ data: fields })
    ids.push(_id)
  }
  await counter.set({ data: { ids: [...taken, ...ids] } })
  return MATTERS.length
}
