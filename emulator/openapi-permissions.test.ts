import { afterEach, describe, expect, it } from 'vitest'
import { FUNCTION_CONFIGS } from '../cloudfunctions/configs'
import { useTempDirs } from './db/testing'
import { createLocalCloud, type LocalCloud, type LocalCloudOptions } from './local-cloud'

const tempDir = useTempDirs()
const clouds: LocalCloud[] = []
afterEach(async () => {
  await Promise.all(clouds.splice(0).map((c) => c.close()))
})

function cloud(options: Partial<LocalCloudOptions> = {}): LocalCloud {
  const c = createLocalCloud({ dataDir: tempDir(), ...options })
  clouds.push(c)
  return c
}

const message = { touser: 'user-1', templateId: 'tpl-1', data: { thing1: { value: '路灯已修好' } } }

describe('云调用 permissions (config.json permissions.openapi)', () => {
  it('refuses a call the function is not granted with -604101, as wx-server-sdk reports it', async () => {
    const c = cloud({ openapiPermissions: { resident: [] } })
    c.openapi.addQuota('user-1', 'tpl-1')
    const err = await c.portFor('resident').openapi.subscribeMessage.send(message).then(
      () => null,
      (e: unknown) => e as { errCode: number; errMsg: string; message: string },
    )
    expect(err).toMatchObject({ errCode: -604101, errMsg: 'system error: error code: -604101' })
    expect(err!.message).toBe('errCode: -604101 function has no permission to call this API | errMsg: system error: error code: -604101')
    // refused before WeChat: the quota is untouched and nothing was delivered
    expect(c.openapi.quota('user-1', 'tpl-1')).toBe(1)
    expect(c.openapi.inbox()).toEqual([])
  })

  it('refuses a function it does not know at all', async () => {
    const c = cloud()
    await expect(c.portFor('nobody').openapi.security.msgSecCheck({ version: 2, scene: 2, openid: 'u', content: '你好' })).rejects.toMatchObject({
      errCode: -604101,
    })
  })

  it("lets each function make the calls its own config.json grants, and only those", async () => {
    const c = cloud()
    for (const [name, config] of Object.entries(FUNCTION_CONFIGS)) {
      const openapi = c.portFor(name).openapi
      const granted = config.permissions?.openapi ?? []
      c.openapi.addQuota('user-1', 'tpl-1')
      const attempts = {
        'subscribeMessage.send': () => openapi.subscribeMessage.send(message),
        'security.msgSecCheck': () => openapi.security.msgSecCheck({ version: 2, scene: 2, openid: 'user-1', content: '你好' }),
        'wxacode.getUnlimited': () => openapi.wxacode.getUnlimited({ scene: 'xd01' }),
      }
      for (const [api, attempt] of Object.entries(attempts)) {
        const outcome = await attempt().then(
          (r) => r.errCode,
          (e: { errCode: number }) => e.errCode,
        )
        expect([name, api, outcome]).toEqual([name, api, granted.includes(api) ? 0 : -604101])
      }
    }
  })

  it('the three functions are granted what they call', () => {
    expect(FUNCTION_CONFIGS.resident.permissions?.openapi).toEqual(['security.msgSecCheck', 'subscribeMessage.send'])
    expect(FUNCTION_CONFIGS.staff.permissions?.openapi).toEqual(['security.msgSecCheck', 'subscribeMessage.send', 'wxacode.getUnlimited'])
    expect(FUNCTION_CONFIGS.scheduler.permissions?.openapi).toEqual(['subscribeMessage.send'])
  })
})
