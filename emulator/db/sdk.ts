/**
 * CloudBase's own database client, loaded exactly as wx-server-sdk loads it: the
 * `@cloudbase/database` (and its `bson`) that wx-server-sdk's `@cloudbase/node-sdk`
 * resolves, so the `Db` whose request layer the local cloud replaces is the very class
 * the SDK builds its databases from.
 */
import { createRequire } from 'node:module'

const fromSdk = createRequire(createRequire(__filename).resolve('wx-server-sdk'))
const fromNodeSdk = createRequire(fromSdk.resolve('@cloudbase/node-sdk'))
const fromDatabase = createRequire(fromNodeSdk.resolve('@cloudbase/database'))

/** A request layer: `new reqClass(config).send(action, params)`, as the SDK calls it. */
export interface RequestLayer {
  send(action: string, params?: Record<string, unknown>, options?: unknown): Promise<unknown>
}
export type RequestClass = new (config: Record<string, unknown>) => RequestLayer

interface DbClass {
  reqClass: RequestClass
}

export const { Db } = fromNodeSdk('@cloudbase/database') as { Db: DbClass }
export const { EJSON, BSONRegExp } = fromDatabase('bson') as typeof import('bson')

export interface WxServerSdk {
  createNewInstance(config: { env: string }): WxServerSdk
  database(config?: Record<string, unknown>): unknown
}
export const wxServerSdk = fromSdk('wx-server-sdk') as WxServerSdk

let pinned: RequestClass | null = null

/**
 * Makes every `Db` in this process send its requests to `requestClass`. node-sdk sets
 * `Db.reqClass` to its HTTP requester each time a database is made, so the property is
 * pinned: those writes are ignored. The local cloud never talks to a real CloudBase.
 */
export function pinRequestClass(requestClass: RequestClass) {
  if (pinned === requestClass) return
  if (pinned) throw new Error('local cloud: the database request layer is already pinned to another class')
  pinned = requestClass
  Object.defineProperty(Db, 'reqClass', { get: () => requestClass, set: () => undefined, configurable: false })
}
