/**
 * The plan: a new, empty environment that remembers what the deploy writes (so the read
 * back sees it) and writes down, in order, every Tencent Cloud API request manager-node
 * 5.6.5 makes for each step (read from its lib/function, lib/database, lib/storage and
 * lib/common). The offline test holds this list to what the real manager-node sends
 * (deploy/golden/).
 */
import type { CreateIndex } from '../scripts/provision-indexes'
import type { ApiCall, Cloud, EnvSummary, FunctionSpec, FunctionState, IndexState } from './cloud'
import { variablesOf } from './cloud'
import type { TimerTrigger } from './desired'

export const PLACEHOLDER = { zip: '<代码 zip，base64>', database: '<数据库实例>', bucket: '<存储桶>' }

export class PlanCloud implements Cloud {
  readonly calls: ApiCall[] = []
  private readonly summary: EnvSummary
  private readonly functions = new Map<string, FunctionState>()
  private readonly collections = new Map<string, { indexes: IndexState[]; acl: string }>()
  private storage: { acl: string; rule?: unknown } = { acl: '' }

  constructor(envId: string, region: string) {
    this.summary = { envId, region, namespace: envId, databaseInstance: PLACEHOLDER.database, bucket: PLACEHOLDER.bucket }
  }

  private call(service: ApiCall['service'], action: string, params: Record<string, unknown>) {
    this.calls.push({ service, action, params })
  }

  private get fn() {
    return { Namespace: this.summary.namespace }
  }

  private get mongo() {
    return { EnvId: this.summary.envId, MongoConnector: { DatabaseName: this.summary.databaseInstance, InstanceId: 'flexdb' } }
  }

  /** manager-node polls GetFunction each second until the function is no longer Creating/Updating. */
  private waitActive(name: string) {
    this.call('scf', 'GetFunction', { FunctionName: name, ShowCode: 'TRUE', ...this.fn })
  }

  private triggerParams(name: string, triggers: TimerTrigger[]) {
    const list = triggers.map((t) => ({ TriggerName: t.name, Type: t.type, TriggerDesc: t.config }))
    return { FunctionName: name, ...this.fn, Triggers: JSON.stringify(list), Count: list.length }
  }

  async envInfo() {
    this.call('tcb', 'DescribeEnvInfo', { EnvId: this.summary.envId })
    return this.summary
  }

  async getFunction(name: string) {
    this.waitActive(name)
    return this.functions.get(name) ?? null
  }

  async createFunction(fn: FunctionSpec) {
    this.call('scf', 'CreateFunction', {
      ...this.fn,
      Role: 'TCB_QcsRole',
      Stamp: 'MINI_QCBASE',
      FunctionName: fn.name,
      Description: fn.description,
      MemorySize: fn.memorySize,
      Timeout: fn.timeout,
      Runtime: fn.runtime,
      InstallDependency: fn.installDependency ? 'TRUE' : 'FALSE',
      ...(Object.keys(fn.env).length ? { Environment: { Variables: variablesOf(fn.env) } } : {}),
      Handler: fn.handler,
      Code: { ZipFile: PLACEHOLDER.zip },
    })
    this.waitActive(fn.name)
    if (fn.triggers.length) this.call('scf', 'BatchCreateTrigger', this.triggerParams(fn.name, fn.triggers))
    this.waitActive(fn.name)
    this.functions.set(fn.name, {
      Status: 'Active',
      Runtime: fn.runtime,
      Handler: fn.handler,
      Timeout: fn.timeout,
      MemorySize: fn.memorySize,
      Description: fn.description,
      Environment: { Variables: variablesOf(fn.env) },
      Triggers: fn.triggers.map((t) => ({ TriggerName: t.name, Type: t.type, TriggerDesc: t.config })),
    })
  }

  async updateFunctionCode(fn: FunctionSpec) {
    this.waitActive(fn.name)
    this.call('scf', 'UpdateFunctionCode', {
      FunctionName: fn.name,
      ...this.fn,
      Handler: fn.handler,
      InstallDependency: fn.installDependency ? 'TRUE' : 'FALSE',
      Code: { ZipFile: PLACEHOLDER.zip },
    })
    this.waitActive(fn.name)
  }

  async updateFunctionConfig(fn: FunctionSpec) {
    this.call('scf', 'UpdateFunctionConfiguration', {
      ...this.fn,
      FunctionName: fn.name,
      Description: fn.description,
      MemorySize: fn.memorySize,
      Timeout: fn.timeout,
      InstallDependency: fn.installDependency ? 'TRUE' : 'FALSE',
      ...(Object.keys(fn.env).length ? { Environment: { Variables: variablesOf(fn.env) } } : {}),
    })
    this.waitActive(fn.name)
  }

  async createTriggers(name: string, triggers: TimerTrigger[]) {
    this.call('scf', 'BatchCreateTrigger', this.triggerParams(name, triggers))
  }

  async deleteTrigger(name: string, triggerName: string) {
    this.call('scf', 'DeleteTrigger', { FunctionName: name, ...this.fn, TriggerName: triggerName, Type: 'timer' })
  }

  async listCollections() {
    this.call('tcb', 'ListTables', { ...this.mongo, MgoLimit: 100, MgoOffset: 0 })
    return [...this.collections.keys()]
  }

  async createCollection(name: string) {
    this.call('tcb', 'CreateTable', { ...this.mongo, TableName: name })
    this.collections.set(name, { indexes: [], acl: '' })
  }

  async indexes(collection: string) {
    this.call('tcb', 'DescribeTable', { ...this.mongo, TableName: collection })
    return this.collections.get(collection)?.indexes ?? []
  }

  async createIndexes(collection: string, indexes: CreateIndex[]) {
    this.call('tcb', 'UpdateTable', { ...this.mongo, TableName: collection, CreateIndexes: indexes })
    this.collections.get(collection)?.indexes.push(...indexes.map((i) => ({ Name: i.IndexName })))
  }

  async collectionAcl(name: string) {
    this.call('tcb', 'DescribeDatabaseACL', { EnvId: this.summary.envId, CollectionName: name })
    return this.collections.get(name)?.acl ?? ''
  }

  async setCollectionAcl(name: string, acl: string) {
    this.call('tcb', 'ModifyDatabaseACL', { EnvId: this.summary.envId, CollectionName: name, AclTag: acl })
    const c = this.collections.get(name)
    if (c) c.acl = acl
  }

  async storageRule() {
    this.call('tcb', 'DescribeStorageSafeRule', { EnvId: this.summary.envId, Bucket: this.summary.bucket })
    return this.storage
  }

  async setStorageRule(rule: unknown) {
    this.call('tcb', 'ModifyStorageSafeRule', { EnvId: this.summary.envId, Bucket: this.summary.bucket, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) })
    this.storage = { acl: 'CUSTOM', rule }
  }

  async invoke(name: string, event: object) {
    this.call('scf', 'Invoke', { FunctionName: name, ...this.fn, LogType: 'Tail', ClientContext: JSON.stringify(event) })
    return null
  }
}
