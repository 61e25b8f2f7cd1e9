/** What the notices tests share: a point of their own with matters of several residents, and a notice event. */
import { fresh, type World } from '../testing'

export const WORDS = { title: '幸福路路灯集中维修', raised: '不少居民反映幸福路一带晚上路灯不亮', done: '社区请供电所更换了 12 盏路灯', next: '每月检查一次，坏了 3 天内修好' }

export const saveEvent = (pointCode: string, itemIds: string[], extra: Record<string, unknown> = {}) => ({
  action: 'notices.save',
  requestId: fresh('req'),
  pointCode,
  ...WORDS,
  itemIds,
  ...extra,
})

/** A point with its leader (lead), a cadre, and matters: two of resident a, one of b; c raised one elsewhere. */
export async function concernAtPoint(w: World) {
  const point = await w.addPoint()
  const cadre = await w.addStaff({ name: '同点干部', roles: ['cadre'], points: [point.code] })
  const [a, b, c] = [fresh('resident'), fresh('resident'), fresh('resident')]
  const a1 = await w.submit({ owner: a, pointCode: point.code, category: '基础设施' })
  const b1 = await w.submit({ owner: b, pointCode: point.code, category: '基础设施' })
  const a2 = await w.submit({ owner: a, pointCode: point.code, category: '基础设施' })
  const other = await w.addPoint()
  const elsewhere = await w.submit({ owner: c, pointCode: other.code })
  return { point, other, cadre, a, b, c, a1, a2, b1, elsewhere }
}

/** Everything queued to `recipient` about notice `id` (outbox and in-app box). */
export async function toldAbout(w: World, recipient: string, id: string) {
  const db = w.db()
  const outbox = (await db.collection('outbox').where({ recipient }).limit(100).get()).data.filter((m) => m.page === `pages/notice/index?id=${id}`)
  const box = (await db.collection('messages').where({ recipient }).limit(100).get()).data.filter((m) => m.page === `pages/notice/index?id=${id}`)
  return { outbox: outbox.length, box: box.length }
}
