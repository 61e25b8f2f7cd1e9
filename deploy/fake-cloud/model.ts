/**
 * A small model of one CloudBase environment, answering the Tencent Cloud API actions the
 * deploy uses: tcb (environment, collections, indexes, rules) and scf (functions).
 * Anything else fails loudly (InvalidAction), so an unexpected call shows in the test.
 */
import { ApiError, type Params } from './errors'
import { scfAction, type FakeFunction, type FunctionOptions } from './model-functions'

interface FakeTable {
  Indexes: { Name: string; Keys: { Name: string; Direction: string }[]; Unique: boolean }[]
  AclTag: string
}

export interface FakeEnvironmentOptions extends Partial<FunctionOptions> {
  envId: string
  region: string
}

export class FakeEnvironment {
  readonly functions = new Map<string, FakeFunction>()
  readonly tables = new Map<string, FakeTable>()
  storage = { AclTag: 'PRIVATE', Rule: '' }
  readonly instance = 'tnt-fake0001'
  readonly bucket: string
  private readonly opts: FunctionOptions

  constructor(readonly options: FakeEnvironmentOptions) {
    this.bucket = `6c68-${options.envId}-1300000000`
    this.opts = { failInstall: options.failInstall ?? [], selfChecks: options.selfChecks ?? {} }
  }

  clone(): FakeEnvironment {
    const copy = new FakeEnvironment(this.options)
    for (const [k, v] of this.functions) copy.functions.set(k, structuredClone(v))
    for (const [k, v] of this.tables) copy.tables.set(k, structuredClone(v))
    copy.storage = { ...this.storage }
    return copy
  }

  /** Everything the environment holds, for comparing before and after. */
  snapshot() {
    return structuredClone({ functions: Object.fromEntries(this.functions), tables: Object.fromEntries(this.tables), storage: this.storage })
  }

  handle(service: string, action: string, region: string, p: Params): Params {
    const envId = this.options.envId
    // an environment lives in one region; asked elsewhere, it does not exist
    const here = region === this.options.region
    if (service === 'scf') {
      if (!here) throw new ApiError('ResourceNotFound.Namespace', '命名空间不存在')
      return scfAction(this.functions, envId, this.opts, action, p)
    }
    if (service !== 'tcb') throw new ApiError('InvalidAction', `假云没有 ${service} 服务`)
    if (p.EnvId !== envId || !here) throw new ApiError('ResourceNotFound.Env', `环境 ${String(p.EnvId)} 不存在`)
    return this.tcb(action, p)
  }

  private table(p: Params) {
    const connector = p.MongoConnector as { DatabaseName?: string; InstanceId?: string } | undefined
    if (connector?.DatabaseName !== this.instance || connector.InstanceId !== 'flexdb') throw new ApiError('InvalidParameter.MongoConnector', '数据库实例不对')
    const name = String(p.TableName ?? p.CollectionName)
    return { name, table: this.tables.get(name) }
  }

  private existing(p: Params) {
    // the rule actions name the collection only
    const { name, table } = p.CollectionName ? { name: String(p.CollectionName), table: this.tables.get(String(p.CollectionName)) } : this.table(p)
    if (!table) throw new ApiError('ResourceNotFound.TableNotExist', `集合 ${name} 不存在`)
    return table
  }

  private tcb(action: string, p: Params): Params {
    switch (action) {
      case 'DescribeEnvInfo':
        return {
          EnvInfo: {
            EnvBaseInfo: {
              EnvId: this.options.envId,
              Region: this.options.region,
              Status: 'NORMAL',
              Databases: [{ InstanceId: this.instance, Region: this.options.region, Status: 'RUNNING' }],
              Storages: [{ Bucket: this.bucket, Region: this.options.region }],
              Functions: [{ Namespace: this.options.envId, Region: this.options.region }],
              LogServices: [],
            },
          },
        }
      case 'ListTables': {
        this.table({ ...p, TableName: '' })
        const names = [...this.tables.keys()].slice(Number(p.MgoOffset ?? 0), Number(p.MgoOffset ?? 0) + Number(p.MgoLimit ?? 100))
        return { Tables: names.map((TableName) => ({ TableName, Count: 0 })), Pager: { Total: this.tables.size } }
      }
      case 'CreateTable': {
        const { name, table } = this.table(p)
        if (table) throw new ApiError('ResourceInUse.TableExist', `集合 ${name} 已存在`)
        // CloudBase's default rule for a new collection
        this.tables.set(name, { Indexes: [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }], AclTag: 'PRIVATE' })
        return {}
      }
      case 'DescribeTable':
        return { Indexes: structuredClone(this.existing(p).Indexes), IndexNum: this.existing(p).Indexes.length }
      case 'UpdateTable': {
        const table = this.existing(p)
        for (const i of (p.CreateIndexes ?? []) as { IndexName: string; MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean } }[]) {
          if (table.Indexes.some((x) => x.Name === i.IndexName)) throw new ApiError('ResourceInUse.Index', `索引 ${i.IndexName} 已存在`)
          table.Indexes.push({ Name: i.IndexName, Keys: i.MgoKeySchema.MgoIndexKeys, Unique: i.MgoKeySchema.MgoIsUnique })
        }
        return {}
      }
      case 'DescribeDatabaseACL':
        return { AclTag: this.existing(p).AclTag }
      case 'ModifyDatabaseACL': {
        const table = this.existing(p)
        if (!['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY'].includes(String(p.AclTag))) throw new ApiError('InvalidParameterValue.AclTag', '权限标签不对')
        table.AclTag = String(p.AclTag)
        return {}
      }
      case 'DescribeStorageSafeRule':
        if (p.Bucket !== this.bucket) throw new ApiError('ResourceNotFound.Bucket', '存储桶不存在')
        return { AclTag: this.storage.AclTag, Rule: this.storage.Rule }
      case 'ModifyStorageSafeRule':
        if (p.Bucket !== this.bucket) throw new ApiError('ResourceNotFound.Bucket', '存储桶不存在')
        if (p.AclTag === 'CUSTOM') JSON.parse(String(p.Rule))
        this.storage = { AclTag: String(p.AclTag), Rule: String(p.Rule ?? '') }
        return {}
      default:
        throw new ApiError('InvalidAction', `假云没有实现 tcb ${action}`)
    }
  }
}
