/** A studio of its own for each test: in village A of a fresh county (departments/testing-org.ts), with its lead (a leader), a liaison and three deputies. */
import { fresh, type World } from '../testing'
import type { County } from '../departments/testing-org'

export interface Studio {
  code: string
  lead: string
  liaison: string
  deputies: string[]
}

export async function makeStudio(w: World, c: County): Promise<Studio> {
  const village = `${c.townA}1`
  const { code, lead } = await w.addPoint({ kind: 'studio', name: '测试两代表工作室', orgPath: [c.county, c.townA, village], org: village } as object)
  const liaison = await w.addStaff({ name: '周联络', roles: ['liaison'], points: [code] })
  const deputies: string[] = []
  for (const name of ['钱代表', '孙代表', '李代表']) deputies.push(await w.addStaff({ openid: fresh('deputy'), name, roles: ['deputy'], points: [code] }))
  return { code, lead, liaison, deputies }
}

export const savePlan = (s: Studio, month: string, entries: object[], extra: object = {}) => ({ action: 'studio.savePlan', pointCode: s.code, month, entries, ...extra })
export const entry = (date: string, kind: string, deputies: string[], half = 'am') => ({ date, half, kind, deputies, note: '' })
