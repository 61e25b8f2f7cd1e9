/**
 * The few things the deploy asks of a CloudBase environment. `ManagerCloud` does them with
 * @cloudbase/manager-node; `PlanCloud` only writes down the API calls each would make.
 */
import type { CreateIndex } from '../scripts/provision-indexes'
import type { DesiredFunction, TimerTrigger } from './desired'

/** One Tencent Cloud API request, as the plan prints it and the offline fake records it. */
export interface ApiCall {
  service: 'tcb' | 'scf'
  action: string
  params: Record<string, unknown>
}

export interface EnvSummary {
  envId: string
  region: string
  /** the SCF namespace the environment's functions live in */
  namespace: string
  databaseInstance: string
  bucket: string
}

/** What SCF's GetFunction answers (the fields the deploy reads). */
export interface FunctionState {
  Status: string
  Runtime: string
  Handler: string
  Timeout: number
  MemorySize: number
  InstallDependency?: string
  Description?: string
  Environment?: { Variables?: { Key: string; Value: string }[] }
  Triggers?: { TriggerName: string; Type: string; TriggerDesc: string }[]
  StatusReasons?: { ErrorCode: string; ErrorMessage: string }[]
}

/** What tcb's DescribeTable answers for one index. */
export interface IndexState {
  Name: string
  Keys?: { Name: string; Direction: string }[]
  Unique?: boolean
}

/** A function as sent: the declaration with its full set of variables. */
export type FunctionSpec = DesiredFunction

export interface Cloud {
  envInfo(): Promise<EnvSummary>
  getFunction(name: string): Promise<FunctionState | null>
  /** creates it with its triggers, waiting until it is active (or failed) */
  createFunction(fn: FunctionSpec): Promise<void>
  updateFunctionCode(fn: FunctionSpec): Promise<void>
  updateFunctionConfig(fn: FunctionSpec): Promise<void>
  createTriggers(name: string, triggers: TimerTrigger[]): Promise<void>
  deleteTrigger(name: string, triggerName: string): Promise<void>
  listCollections(): Promise<string[]>
  createCollection(name: string): Promise<void>
  indexes(collection: string): Promise<IndexState[]>
  createIndexes(collection: string, indexes: CreateIndex[]): Promise<void>
  collectionAcl(name: string): Promise<string>
  setCollectionAcl(name: string, acl: string): Promise<void>
  storageRule(): Promise<{ acl: string; rule?: unknown }>
  setStorageRule(rule: unknown): Promise<void>
  invoke(name: string, event: object): Promise<unknown>
}

export const variablesOf = (env: Record<string, string>) => Object.entries(env).map(([Key, Value]) => ({ Key, Value }))

/** A timer trigger's cron as GetFunction shows it (a JSON text, or the cron itself). */
export function cronOf(desc: string): string {
  try {
    const parsed = JSON.parse(desc) as { cron?: string }
    return parsed.cron ?? desc
  } catch {
    return desc
  }
}
