/**
 * The build's check of 云调用 permissions: every `openapi.<namespace>.<method>(` call a
 * function's bundle makes must be granted by its config.json (`permissions.openapi`),
 * and every grant must be used — CloudBase refuses an ungranted call with -604101, and
 * a grant nobody uses is a permission the function should not hold.
 *
 * A call is a property chain `.<ns>.<method>(` whose namespace is one of those in
 * OPENAPI_CALLS (whatever the object is named), or any `openapi.<ns>.<method>`. The
 * self-check (kernel/self-check.ts) reaches the granted calls by name, so it adds none.
 */
import { OPENAPI_CALLS, grantedCalls, isOpenApiCall, type FunctionConfig } from '../cloudfunctions/kernel/openapi-calls'

const NAMESPACES = [...new Set(OPENAPI_CALLS.map((api) => api.split('.')[0]))]
const KNOWN_CHAIN = new RegExp(`\\.\\s*(${NAMESPACES.join('|')})\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(`, 'g')
const OPENAPI_CHAIN = /\bopenapi\s*\.\s*([A-Za-z_$][\w$]*)\s*\.\s*([A-Za-z_$][\w$]*)/g

/** The 云调用 a bundle's code makes, as `namespace.method`. */
export function openApiCallsIn(code: string): Set<string> {
  const calls = new Set<string>()
  for (const m of code.matchAll(KNOWN_CHAIN)) calls.add(`${m[1]}.${m[2]}`)
  for (const m of code.matchAll(OPENAPI_CHAIN)) calls.add(`${m[1]}.${m[2]}`)
  return calls
}

/** What is wrong between a function's bundle and its config.json, in words; empty when they agree. */
export function grantProblems(name: string, code: string, config: FunctionConfig): string[] {
  const calls = openApiCallsIn(code)
  const granted = grantedCalls(config)
  const problems: string[] = []
  for (const api of [...calls].sort()) {
    if (!isOpenApiCall(api)) problems.push(`云函数 ${name} 调用了未登记的云调用 ${api}（请先加入 cloudfunctions/kernel/openapi-calls.ts）`)
    if (!granted.includes(api)) problems.push(`云函数 ${name} 调用了 ${api}，但它的 config.json 没有授权（云开发会以 -604101 拒绝）`)
  }
  for (const api of granted) {
    if (!calls.has(api)) problems.push(`云函数 ${name} 的 config.json 授权了 ${api}，但它从不调用`)
  }
  if (new Set(granted).size !== granted.length) problems.push(`云函数 ${name} 的 config.json 重复授权了同一个云调用`)
  return problems
}
