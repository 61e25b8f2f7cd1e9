import { afterEach, describe, expect, it } from 'vitest'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import { FUNCTION_CONFIGS } from '../configs'

const systems: TestSystem[] = []
afterEach(async () => {
  await Promise.all(systems.splice(0).map((s) => s.stop()))
})

async function system(openapiPermissions?: Record<string, readonly string[]>) {
  const sys = await startTestSystem({ seed: false, openapiPermissions })
  systems.push(sys)
  return sys
}

const selfCheck = { action: 'system.selfCheck' }

describe('system.selfCheck', () => {
  it('tries each granted 云调用 of each function and reports it ok when the cloud has the permissions', async () => {
    const sys = await system()
    for (const [name, config] of Object.entries(FUNCTION_CONFIGS)) {
      const r = await sys.call(name, null, selfCheck)
      expect(r).toEqual({
        ok: true,
        data: { function: name, checks: (config.permissions?.openapi ?? []).map((api) => expect.objectContaining({ api, result: 'ok' })) },
      })
    }
  })

  it('answers through the gateway to a call with no user, as the deploy makes it', async () => {
    const sys = await system()
    const res = await fetch(`${sys.url}/fn/scheduler`, { method: 'POST', body: JSON.stringify(selfCheck) })
    expect(await res.json()).toEqual({ ok: true, data: { function: 'scheduler', checks: [{ api: 'subscribeMessage.send', result: 'ok', detail: expect.any(String) }] } })
  })

  it('reports not_permitted for a grant the cloud has not registered (-604101)', async () => {
    const sys = await system({ staff: ['wxacode.getUnlimited'], resident: [] })
    const staff = await sys.call('staff', null, selfCheck)
    expect(staff.data.checks).toEqual([
      { api: 'security.msgSecCheck', result: 'not_permitted', detail: expect.stringContaining('-604101') },
      { api: 'subscribeMessage.send', result: 'not_permitted', detail: expect.stringContaining('-604101') },
      { api: 'wxacode.getUnlimited', result: 'ok' },
    ])
    const resident = await sys.call('resident', null, selfCheck)
    expect(resident.data.checks.map((c: { result: string }) => c.result)).toEqual(['not_permitted', 'not_permitted'])
  })

  it('refuses a mini-program user, before trying anything', async () => {
    const sys = await system()
    for (const name of Object.keys(FUNCTION_CONFIGS)) {
      expect(await sys.call(name, 'some-user', selfCheck)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(sys.cloud.openapi.inbox()).toEqual([])
  })
})
