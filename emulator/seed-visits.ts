/**
 * Demo 民情日记: this month's visits by the demo cadres at xd01, dated from the start of the
 * month to today whatever day it is seeded. 张建国 and 王志强 have reached the quota
 * (3–5 households); 李秀英 has visited one household and shows as behind. The studio xd02
 * asks no visits of its cadres (quota 0–5).
 */
import type { VisitRecord } from '../cloudfunctions/diary/visit-records'
import { quotaDocId } from '../cloudfunctions/diary/visit-records'
import { householdKey, monthOf, type VisitForm } from '../domain/diary/visits'
import { chinaWallClock } from '../domain/kernel/time'
import { demoHouseholdAt } from './seed-areas'

interface DemoVisit {
  author: string
  authorName: string
  form: VisitForm
  daysAgo: number
  address: string
  met: string
  heard: string
  difficulties: string
  done: string
}

const VISITS: DemoVisit[] = [
  { author: 'demo-cadre-1', authorName: '张建国', form: 'homeVisit', daysAgo: 9, address: '幸福路12号3单元501', met: '王大爷和老伴', heard: '老两口身体还好，儿女在外地，平时买菜靠邻居帮忙', difficulties: '楼道灯坏了，晚上不敢下楼', done: '答应联系物业一周内修好楼道灯' },
  { author: 'demo-cadre-1', authorName: '张建国', form: 'homeVisit', daysAgo: 6, address: '幸福路14号1单元302', met: '刘阿姨', heard: '刚做完白内障手术，恢复得不错', difficulties: '想了解医保报销的手续', done: '讲了报销需要的材料，下周帮她去社保窗口问清楚' },
  { author: 'demo-cadre-1', authorName: '张建国', form: 'followUp', daysAgo: 2, address: '和平路3号2单元101', met: '孙师傅', heard: '上月反映的下水道堵塞已经疏通，孙师傅表示满意', difficulties: '', done: '回访完毕，请他有事随时到说事点' },
  { author: 'demo-cadre-3', authorName: '王志强', form: 'homeVisit', daysAgo: 8, address: '和平路5号1单元402', met: '周大姐一家', heard: '孩子今年上小学，想问就近入学的政策', difficulties: '', done: '把街道的入学通知拍照发给了她' },
  { author: 'demo-cadre-3', authorName: '王志强', form: 'homeVisit', daysAgo: 5, address: '和平路7号3单元201', met: '陈大爷', heard: '独居老人，腿脚不便，希望有人定期上门看看', difficulties: '独居，行动不便', done: '登记进了关爱名单，每周电话问候一次' },
  { author: 'demo-cadre-3', authorName: '王志强', form: 'homeVisit', daysAgo: 3, address: '和平路9号2单元602', met: '吴先生', heard: '楼上装修噪音大，和邻居沟通过没用', difficulties: '邻里矛盾', done: '约了双方周六到说事点一起谈' },
  { author: 'demo-cadre-3', authorName: '王志强', form: 'walkIn', daysAgo: 1, address: '和平路9号2单元702', met: '郑女士', heard: '到说事点说明装修工期，愿意避开午休时间施工', difficulties: '', done: '记下了施工时间，转告吴先生' },
  { author: 'demo-cadre-2', authorName: '李秀英', form: 'homeVisit', daysAgo: 4, address: '新东小区5栋2单元301', met: '赵奶奶', heard: '小区垃圾桶清运不及时，夏天有味道', difficulties: '', done: '已反映给环卫所' },
]

export function demoVisits(now: Date): VisitRecord[] {
  const today = chinaWallClock(now)
  const first = today.startOf('month')
  return VISITS.map((v, i) => {
    const day = today.subtract(v.daysAgo, 'day')
    const visitedAt = (day.isBefore(first) ? first : day).format('YYYY-MM-DD')
    return {
      _id: `demo-visit-${monthOf(visitedAt)}-${i + 1}`,
      requestId: `demo-visit-${i + 1}`,
      author: v.author,
      authorName: v.authorName,
      pointCode: 'xd01',
      form: v.form,
      visitedAt,
      month: monthOf(visitedAt),
      household: { address: v.address, met: v.met },
      householdKey: householdKey(v.address),
      // the 包片 household at this address (seed-areas.ts)
      ...(demoHouseholdAt(v.address) ? { householdId: demoHouseholdAt(v.address) } : {}),
      heard: v.heard,
      difficulties: v.difficulties,
      done: v.done,
      followsItemIds: [],
      itemIds: [],
      createdAt: now,
      updatedAt: now,
    }
  })
}

export const demoVisitQuotas = [{ _id: quotaDocId('xd02'), min: 0, max: 5, updatedBy: 'seed', updatedAt: new Date(0) }]
