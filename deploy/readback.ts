/**
 * After a deploy (and for `--check`): reads everything back, prints what the environment
 * now holds, and asks each function to try the 云调用 it is granted (system.selfCheck).
 */
import { functionDrift } from './apply'
import { cronOf, type Cloud } from './cloud'
import type { Desired } from './desired'
import { COLLECTION_ACL, FIRST_ADMIN_VAR } from './settings'

export interface SelfCheckRow {
  api: string
  result: 'ok' | 'not_permitted' | 'failed'
  detail?: string
}

export interface ReadBack {
  /** lines of the tables */
  lines: string[]
  /** what differs from the declaration */
  drift: string[]
  /** 云调用 not yet working, with the function */
  notWorking: { fn: string; api: string; result: string; detail?: string }[]
}

/** Columns line up in a terminal: CJK characters take two cells. */
const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)))

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i])].map(width)))
  const line = (cells: string[]) => `  ${cells.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}

function selfCheckRows(fn: string, granted: string[], answer: unknown): SelfCheckRow[] {
  const a = answer as { ok?: boolean; data?: { checks?: SelfCheckRow[] }; error?: { message?: string } } | null
  if (!a?.ok || !Array.isArray(a.data?.checks)) {
    const why = a?.error?.message ?? (a === null ? '没有回答' : JSON.stringify(a).slice(0, 80))
    return granted.map((api) => ({ api, result: 'failed' as const, detail: `自检没有结果：${why}` }))
  }
  const rows = [...a.data.checks]
  for (const api of granted) if (!rows.some((r) => r.api === api)) rows.push({ api, result: 'failed', detail: `${fn} 的自检没有检查它` })
  return rows
}

export async function readBack(cloud: Cloud, desired: Desired): Promise<ReadBack> {
  const drift: string[] = []
  const fnRows: string[][] = []
  for (const fn of desired.functions) {
    const s = await cloud.getFunction(fn.name)
    if (!s) {
      drift.push(`云函数 ${fn.name} 不存在`)
      fnRows.push([fn.name, '不存在', '', '', '', '', ''])
      continue
    }
    const expected = { ...fn, env: { ...fn.env } }
    const actualAdmin = s.Environment?.Variables?.find((v) => v.Key === FIRST_ADMIN_VAR)
    if (fn.name === 'staff') {
      if (actualAdmin) expected.env[FIRST_ADMIN_VAR] = actualAdmin.Value
      else drift.push(`云函数 staff 没有 ${FIRST_ADMIN_VAR}`)
    }
    const d = functionDrift(expected, s)
    const differs = [...new Set([...d.code, ...d.config])]
    if (s.Status !== 'Active') drift.push(`云函数 ${fn.name} 的状态是 ${s.Status}`)
    if (s.Runtime !== fn.runtime) drift.push(`云函数 ${fn.name} 的运行时是 ${s.Runtime}`)
    if (differs.length) drift.push(`云函数 ${fn.name} 与声明不同：${differs.join('、')}`)
    const triggers = (s.Triggers ?? []).map((t) => `${t.TriggerName} ${cronOf(t.TriggerDesc)}`)
    const wanted = fn.triggers.map((t) => `${t.name} ${t.config}`)
    if (triggers.sort().join('|') !== wanted.sort().join('|')) drift.push(`云函数 ${fn.name} 的触发器是 ${triggers.join('、') || '无'}`)
    const vars = (s.Environment?.Variables ?? []).map((v) => v.Key).join(' ')
    fnRows.push([fn.name, s.Status, s.Runtime, `${s.Timeout} 秒`, `${s.MemorySize} MB`, triggers.join('、') || '—', vars || '—'])
  }
  const existing = new Set(await cloud.listCollections())
  const colRows: string[][] = []
  for (const c of desired.collections) {
    if (!existing.has(c.name)) {
      drift.push(`集合 ${c.name} 不存在`)
      colRows.push([c.name, '不存在', ''])
      continue
    }
    const names = c.indexes.length ? (await cloud.indexes(c.name)).map((i) => i.Name) : []
    const missing = c.indexes.filter((i) => !names.includes(i.IndexName)).map((i) => i.IndexName)
    if (missing.length) drift.push(`集合 ${c.name} 缺索引 ${missing.join('、')}`)
    const acl = await cloud.collectionAcl(c.name)
    if (acl !== COLLECTION_ACL) drift.push(`集合 ${c.name} 的权限是 ${acl}`)
    colRows.push([c.name, `${c.indexes.length - missing.length}/${c.indexes.length}`, acl])
  }
  const storage = await cloud.storageRule()
  const storageOk = storage.acl === 'CUSTOM' && JSON.stringify(storage.rule) === JSON.stringify(desired.storageRule)
  if (!storageOk) drift.push(`云存储安全规则是 ${storage.acl} ${JSON.stringify(storage.rule ?? null)}`)

  const checkRows: string[][] = []
  const notWorking: ReadBack['notWorking'] = []
  for (const fn of desired.functions) {
    const answer = await cloud.invoke(fn.name, { action: 'system.selfCheck' })
    for (const row of selfCheckRows(fn.name, fn.permissions, answer)) {
      checkRows.push([fn.name, row.api, row.result, row.detail ?? ''])
      if (row.result !== 'ok') notWorking.push({ fn: fn.name, ...row })
    }
  }
  const lines = [
    '云函数：',
    ...table(['函数', '状态', '运行时', '超时', '内存', '定时触发器', '环境变量'], fnRows),
    '集合：',
    ...table(['集合', '索引', '权限'], colRows),
    `云存储安全规则：${storage.acl} ${JSON.stringify(storage.rule ?? null)}`,
    '云调用自检（system.selfCheck）：',
    ...(checkRows.length ? table(['函数', '云调用', '结果', '说明'], checkRows) : ['  （没有云调用）']),
  ]
  return { lines, drift, notWorking }
}
