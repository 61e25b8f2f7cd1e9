/** What the 包片 function tests share: a point with its people, and an area of it. Test support only. */
import { DEMO, fresh, type World } from '../testing'

/** A point with its leader (`lead`), two cadres, a leader of another point, and the deployment's admin. */
export async function areaWorld(w: World) {
  const { code, lead } = await w.addPoint()
  const cadre = await w.addStaff({ name: '包片干部', roles: ['cadre'], points: [code] })
  const colleague = await w.addStaff({ name: '同点干部', roles: ['cadre'], points: [code] })
  const other = await w.addPoint()
  const resident = fresh('resident')
  return { code, lead, cadre, colleague, leaderThere: other.lead, otherCode: other.code, admin: DEMO.admin, resident }
}
export type AreaWorld = Awaited<ReturnType<typeof areaWorld>>

/** An area of the point given to `cadre`, saved by the point's leader. */
export async function newArea(w: World, p: AreaWorld, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await w.staff(p.lead, { action: 'areas.save', pointCode: p.code, name: fresh('片').slice(0, 12), units: ['1栋', '2栋'], cadre: p.cadre, ...extra })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.id as string
}

export const householdEvent = (area: string, extra: Record<string, unknown> = {}) => ({
  action: 'households.save',
  area,
  address: `幸福路${Math.floor(Math.random() * 1e6)}号1单元101`,
  head: '王建华',
  members: 3,
  flags: ['aloneElderly'],
  note: '老人独居，女儿每周来看一次',
  ...extra,
})

export async function newHousehold(w: World, p: AreaWorld, area: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await w.staff(p.cadre, householdEvent(area, extra))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.id as string
}

export const auditOf = async (w: World, actor: string) => (await w.db().collection('audit').where({ actor }).limit(100).get()).data as { action: string; target: string }[]
export const countOf = async (w: World, collection: string, where: object) => (await w.db().collection(collection).where(where).count()).total
