/** Reads of the organisation tree: a node, the nodes below held ones, the points under villages. */
import { isDeploymentAdmin, type Caller } from '../../domain/points/roles'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import type { OrgRecord } from '../kernel/records'
import { asOrg, asOrgs } from '../kernel/reads'

const PAGE = 1000

export async function readNode(db: DatabasePort, code: string): Promise<OrgRecord | null> {
  return asOrg((await db.collection('orgs').doc(code).get()).data)
}

/** Every document `where` selects, paged by `_id` (each page one request). */
export async function readAll(db: DatabasePort, collection: string, where: QueryCondition, fields?: Record<string, boolean>) {
  const _ = db.command
  const out: Record<string, unknown>[] = []
  let after = ''
  for (;;) {
    let query = db.collection(collection).where({ ...where, _id: _.gt(after) }).orderBy('_id', 'asc')
    if (fields) query = query.field(fields)
    const { data } = await query.limit(PAGE).get()
    out.push(...data)
    if (data.length < PAGE) return out
    after = String(data[data.length - 1]._id)
  }
}

/** The active nodes a caller reaches: the deployment admin all, anyone else the nodes they hold and those below. */
export async function reachedNodes(db: DatabasePort, c: Caller): Promise<OrgRecord[]> {
  const _ = db.command
  if (isDeploymentAdmin(c)) return asOrgs(await readAll(db, 'orgs', { active: true }))
  if (c.nodes.length === 0) return []
  const [held, below] = await Promise.all([
    // a person holds a handful of nodes
    db.collection('orgs').where({ _id: _.in([...c.nodes]), active: true }).limit(100).get(),
    readAll(db, 'orgs', { path: _.in([...c.nodes]), active: true }),
  ])
  return asOrgs([...held.data, ...below])
}

/** The active points below `tops` (array-contains on orgPath), each with its village. */
export async function pointsUnder(db: DatabasePort, tops: readonly string[]): Promise<{ code: string; org: string }[]> {
  if (tops.length === 0) return []
  const rows = await readAll(db, 'points', { orgPath: db.command.in([...tops]), active: true }, { code: true, orgPath: true })
  return rows.map((r) => ({ code: String(r.code), org: (r.orgPath as string[])[(r.orgPath as string[]).length - 1] }))
}
