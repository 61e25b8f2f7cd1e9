import { describe, expect, it } from 'vitest'
import { bundleText, functionNames, readConfig } from './build-functions'
import { grantProblems, openApiCallsIn } from './openapi-grants'

describe('云调用 grants against what each bundle calls', () => {
  it.each(functionNames())('%s: its config.json grants exactly the 云调用 its bundle makes', async (name) => {
    expect(grantProblems(name, await bundleText(name), readConfig(name))).toEqual([])
  }, 30_000)

  it('fails a config that misses a call the bundle makes, or grants one it never makes', async () => {
    const code = await bundleText('scheduler')
    expect(openApiCallsIn(code)).toEqual(new Set(['subscribeMessage.send']))
    expect(grantProblems('scheduler', code, { permissions: { openapi: [] } })).toEqual([
      '云函数 scheduler 调用了 subscribeMessage.send，但它的 config.json 没有授权（云开发会以 -604101 拒绝）',
    ])
    expect(grantProblems('scheduler', code, { permissions: { openapi: ['subscribeMessage.send', 'wxacode.getUnlimited'] } })).toEqual([
      '云函数 scheduler 的 config.json 授权了 wxacode.getUnlimited，但它从不调用',
    ])
  }, 30_000)

  it('sees calls whatever the object is named, and openapi calls outside the registry', () => {
    expect(openApiCallsIn('await api.security.msgSecCheck({})')).toEqual(new Set(['security.msgSecCheck']))
    expect(openApiCallsIn('cloud.openapi.ocr.idcard({})')).toEqual(new Set(['ocr.idcard']))
    expect(grantProblems('x', 'cloud.openapi.ocr.idcard({})', { permissions: { openapi: ['ocr.idcard'] } })[0]).toContain('未登记的云调用 ocr.idcard')
  })
})
