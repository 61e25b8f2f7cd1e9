/**
 * The deploy's steps done with @cloudbase/manager-node 5.6.5 (pinned in devDependencies).
 * Its errors become one clear Chinese message each; a bad key is named as such.
 */
import CloudBase from '@cloudbase/manager-node'
import path from 'node:path'
import type { CreateIndex } from '../scripts/provision-indexes'
import type { Cloud, EnvSummary, FunctionSpec, FunctionState, IndexState } from './cloud'
import type { TimerTrigger } from './desired'
import { DeployError, type ApiKey, type Environment } from './environments'

interface TcError {
  code?: string | number
  message?: string
}

const isNotFound = (e: TcError) => String(e.code ?? '').startsWith('ResourceNotFound')

/** Turns a Tencent Cloud error into the message a person can act on. */
export function explain(what: string, e: unknown): DeployError {
  const err = (e ?? {}) as TcError
  const code = String(err.code ?? '')
  if (e instanceof DeployError) return e
  if (code.startsWith('AuthFailure')) {
    return new DeployError(`腾讯云不认这把 API 密钥（${code}）：请核对 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY 是同一对、未停用`)
  }
  if (code.startsWith('UnauthorizedOperation') || code.startsWith('OperationDenied')) {
    return new DeployError(`这把 API 密钥没有${what}的权限（${code}）：请按 README「部署」给子账号授权`)
  }
  return new DeployError(`${what}失败：${err.message ?? String(e)}${code ? `（${code}）` : ''}`)
}

export class ManagerCloud implements Cloud {
  private readonly app: CloudBase
  private summary: EnvSummary | null = null

  constructor(private readonly env: Environment, key: ApiKey) {
    this.app = new CloudBase({ secretId: key.secretId, secretKey: key.secretKey, token: key.token, envId: env.envId, region: env.region })
  }

  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      throw explain(what, e)
    }
  }

  async envInfo(): Promise<EnvSummary> {
    const info = await this.run(`读取云开发环境 ${this.env.envId} `, async () => {
      try {
        return await this.app.currentEnvironment().lazyInit()
      } catch (e) {
        // an unknown environment answers ResourceNotFound, or an empty EnvInfo that manager-node trips over
        if (isNotFound(e as TcError) || e instanceof TypeError) {
          throw new DeployError(`云开发环境 ${this.env.envId} 不存在，或这把 API 密钥看不到它：请核对 deploy/environments.json 的 envId 和地域 ${this.env.region}`)
        }
        throw e
      }
    })
    const { EnvId, Region, Functions, Databases, Storages } = info as {
      EnvId: string
      Region?: string
      Functions?: { Namespace: string }[]
      Databases?: { InstanceId: string }[]
      Storages?: { Bucket: string }[]
    }
    this.summary = {
      envId: EnvId,
      region: Region || this.env.region,
      namespace: Functions?.[0]?.Namespace ?? '',
      databaseInstance: Databases?.[0]?.InstanceId ?? '',
      bucket: Storages?.[0]?.Bucket ?? '',
    }
    return this.summary
  }

  async getFunction(name: string): Promise<FunctionState | null> {
    return this.run(`读取云函数 ${name} `, async () => {
      try {
        return (await this.app.functions.getFunctionDetail(name)) as unknown as FunctionState
      } catch (e) {
        if (isNotFound(e as TcError)) return null
        throw e
      }
    })
  }

  private func(fn: FunctionSpec, withTriggers: boolean) {
    return {
      name: fn.name,
      description: fn.description,
      memorySize: fn.memorySize,
      timeout: fn.timeout,
      runtime: fn.runtime,
      installDependency: fn.installDependency,
      envVariables: fn.env,
      handler: fn.handler,
      isWaitInstall: true,
      ...(withTriggers && fn.triggers.length ? { triggers: fn.triggers } : {}),
    }
  }

  async createFunction(fn: FunctionSpec): Promise<void> {
    try {
      await this.app.functions.createFunction({ func: this.func(fn, true), functionRootPath: path.dirname(fn.dir), deployMode: 'zip', force: false })
    } catch (e) {
      const message = String((e as TcError).message ?? e)
      if (message.includes('云函数创建失败')) {
        const detail = message.split('\n').filter((l) => /状态描述|失败信息/.test(l)).join('；')
        throw new DeployError(`云函数 ${fn.name} 没有建成：CloudBase 报告创建失败（多半是云端安装依赖失败）${detail ? `，${detail}` : ''}。请修正后重新部署`)
      }
      throw explain(`创建云函数 ${fn.name} `, e)
    }
  }

  async updateFunctionCode(fn: FunctionSpec): Promise<void> {
    await this.run(`更新云函数 ${fn.name} 的代码`, () =>
      this.app.functions.updateFunctionCode({ func: this.func(fn, false), functionRootPath: path.dirname(fn.dir), deployMode: 'zip' }),
    )
  }

  async updateFunctionConfig(fn: FunctionSpec): Promise<void> {
    await this.run(`更新云函数 ${fn.name} 的配置`, async () => {
      // without triggers: manager-node would create them again
      const { isWaitInstall: _w, handler: _h, runtime: _r, ...config } = this.func(fn, false)
      await this.app.functions.updateFunctionConfig(config)
      await this.app.functions.waitFunctionActive(fn.name)
    })
  }

  async createTriggers(name: string, triggers: TimerTrigger[]): Promise<void> {
    await this.run(`创建云函数 ${name} 的定时触发器`, () => this.app.functions.createFunctionTriggers(name, triggers))
  }

  async deleteTrigger(name: string, triggerName: string): Promise<void> {
    await this.run(`删除云函数 ${name} 的触发器 ${triggerName} `, () => this.app.functions.deleteFunctionTrigger(name, triggerName))
  }

  async listCollections(): Promise<string[]> {
    const res = await this.run('列出数据库集合', () => this.app.database.listCollections({ MgoLimit: 100, MgoOffset: 0 }))
    return ((res as { Collections?: { CollectionName: string }[] }).Collections ?? []).map((c) => c.CollectionName)
  }

  async createCollection(name: string): Promise<void> {
    await this.run(`创建集合 ${name} `, () => this.app.database.createCollection(name))
  }

  async indexes(collection: string): Promise<IndexState[]> {
    const res = await this.run(`读取集合 ${collection} 的索引`, () => this.app.database.describeCollection(collection))
    return ((res as { Indexes?: IndexState[] }).Indexes ?? []) as IndexState[]
  }

  async createIndexes(collection: string, indexes: CreateIndex[]): Promise<void> {
    await this.run(`创建集合 ${collection} 的索引`, () => this.app.database.updateCollection(collection, { CreateIndexes: indexes } as never))
  }

  private tcb(what: string, Action: string, Param: Record<string, unknown>) {
    return this.run(what, () => this.app.commonService('tcb').call({ Action, Param }) as Promise<Record<string, unknown>>)
  }

  async collectionAcl(name: string): Promise<string> {
    const res = await this.tcb(`读取集合 ${name} 的权限`, 'DescribeDatabaseACL', { EnvId: this.env.envId, CollectionName: name })
    return String(res.AclTag ?? '')
  }

  async setCollectionAcl(name: string, acl: string): Promise<void> {
    await this.tcb(`设置集合 ${name} 的权限`, 'ModifyDatabaseACL', { EnvId: this.env.envId, CollectionName: name, AclTag: acl })
  }

  async storageRule(): Promise<{ acl: string; rule?: unknown }> {
    return this.run('读取云存储安全规则', () => this.app.storage.getStorageAcl({ withRule: true }) as Promise<{ acl: string; rule?: unknown }>)
  }

  async setStorageRule(rule: unknown): Promise<void> {
    await this.run('设置云存储安全规则', () => this.app.storage.setStorageAcl('CUSTOM', rule as never))
  }

  async invoke(name: string, event: object): Promise<unknown> {
    const res = await this.run(`调用云函数 ${name} `, () => this.app.functions.invokeFunction(name, event))
    const { RetMsg } = res as { RetMsg?: string }
    try {
      return RetMsg ? JSON.parse(RetMsg) : null
    } catch {
      return RetMsg
    }
  }
}
