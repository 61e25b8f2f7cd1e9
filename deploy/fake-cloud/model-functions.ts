/** The fake environment's functions (SCF 2018-04-16): what GetFunction shows, and the writes that change it. */
import { ApiError, type Params } from './errors'

export interface FakeFunction {
  FunctionName: string
  Namespace: string
  Status: string
  StatusReasons: { ErrorCode: string; ErrorMessage: string }[]
  Runtime: string
  Handler: string
  Timeout: number
  MemorySize: number
  InstallDependency: string
  Description: string
  Environment: { Variables: { Key: string; Value: string }[] }
  Triggers: { TriggerName: string; Type: string; TriggerDesc: string }[]
  CodeSize: number
}

export interface SelfCheck {
  api: string
  result: 'ok' | 'not_permitted' | 'failed'
  detail?: string
}

export interface FunctionOptions {
  /** functions whose cloud install of dependencies fails */
  failInstall: string[]
  /** what each function's system.selfCheck answers */
  selfChecks: Record<string, SelfCheck[]>
}

/** A zip sent inline: base64 of a PK archive no bigger than 1.5 MB. */
function codeSize(code: unknown): number {
  const zip = (code as { ZipFile?: string } | undefined)?.ZipFile
  if (typeof zip !== 'string' || !zip) throw new ApiError('InvalidParameterValue.Code', '只接受 ZipFile 内联代码')
  const bytes = Buffer.from(zip, 'base64')
  if (bytes.subarray(0, 2).toString() !== 'PK') throw new ApiError('InvalidParameterValue.ZipFile', 'ZipFile 不是 zip')
  if (bytes.length > 1.5 * 1024 * 1024) throw new ApiError('InvalidParameterValue.ZipFile', 'ZipFile 大于 1.5 MB')
  return bytes.length
}

const variables = (p: Params) => ((p.Environment as FakeFunction['Environment'] | undefined)?.Variables ?? []).map((v) => ({ Key: v.Key, Value: v.Value }))

export function scfAction(fns: Map<string, FakeFunction>, namespace: string, opts: FunctionOptions, action: string, p: Params): Params {
  if (p.Namespace !== namespace) throw new ApiError('ResourceNotFound.Namespace', `命名空间 ${String(p.Namespace)} 不存在`)
  const name = String(p.FunctionName)
  const existing = fns.get(name)
  const fn = () => {
    if (!existing) throw new ApiError('ResourceNotFound.Function', `函数 ${name} 不存在`)
    return existing
  }
  switch (action) {
    case 'GetFunction':
      return structuredClone(fn()) as unknown as Params
    case 'CreateFunction': {
      if (existing) throw new ApiError('ResourceInUse.Function', `函数 ${name} 已存在`)
      const fails = opts.failInstall.includes(name)
      fns.set(name, {
        FunctionName: name,
        Namespace: namespace,
        Status: fails ? 'CreateFailed' : 'Active',
        StatusReasons: fails ? [{ ErrorCode: 'InstallDependencyFailed', ErrorMessage: 'npm install wx-server-sdk 失败' }] : [],
        Runtime: String(p.Runtime),
        Handler: String(p.Handler),
        Timeout: Number(p.Timeout ?? 3),
        MemorySize: Number(p.MemorySize ?? 128),
        InstallDependency: String(p.InstallDependency ?? 'FALSE'),
        Description: String(p.Description ?? ''),
        Environment: { Variables: variables(p) },
        Triggers: [],
        CodeSize: codeSize(p.Code),
      })
      return {}
    }
    case 'UpdateFunctionCode':
      Object.assign(fn(), { CodeSize: codeSize(p.Code), Handler: String(p.Handler), InstallDependency: String(p.InstallDependency) })
      return {}
    case 'UpdateFunctionConfiguration': {
      const f = fn()
      for (const key of ['Description', 'Timeout', 'MemorySize', 'InstallDependency'] as const) {
        if (p[key] !== undefined) Object.assign(f, { [key]: p[key] })
      }
      // variables are replaced, never merged
      if (p.Environment) f.Environment = { Variables: variables(p) }
      return {}
    }
    case 'BatchCreateTrigger': {
      const f = fn()
      const triggers = JSON.parse(String(p.Triggers)) as { TriggerName: string; Type: string; TriggerDesc: string }[]
      for (const t of triggers) {
        if (f.Triggers.some((x) => x.TriggerName === t.TriggerName)) throw new ApiError('ResourceInUse.Trigger', `触发器 ${t.TriggerName} 已存在`)
        if (t.Type !== 'timer' || t.TriggerDesc.split(' ').length !== 7) throw new ApiError('InvalidParameterValue.TriggerDesc', '不是 7 段 cron')
        f.Triggers.push({ TriggerName: t.TriggerName, Type: t.Type, TriggerDesc: JSON.stringify({ cron: t.TriggerDesc }) })
      }
      return {}
    }
    case 'DeleteTrigger': {
      const f = fn()
      f.Triggers = f.Triggers.filter((t) => t.TriggerName !== p.TriggerName)
      return {}
    }
    case 'Invoke': {
      const event = JSON.parse(String(p.ClientContext ?? '{}')) as { action?: string }
      fn()
      const answer =
        event.action === 'system.selfCheck'
          ? { ok: true, data: { function: name, checks: opts.selfChecks[name] ?? [] } }
          : { ok: false, error: { code: 'INVALID_INPUT', message: '未知操作' } }
      return { Result: { RetMsg: JSON.stringify(answer), ErrMsg: '', Log: '', InvokeResult: 0 } }
    }
    default:
      throw new ApiError('InvalidAction', `假云没有实现 scf ${action}`)
  }
}
