import { afterEach, describe, expect, it } from 'vitest'
import { startTestSystem, type TestSystem } from '../../emulator/testing'
import { fresh } from '../testing'
import { firstAdminCodeHash, isFirstAdminCode } from './first-admin'

// A real environment as the deploy leaves it: no demo data, the code's hash in the staff function.
const CODE = 'K7MP QW3X HR9T ZB2N'
let sys: TestSystem

async function realEnvironment() {
  sys = await startTestSystem({ seed: false, functions: { staff: { bootstrapAdminCodeSha256: firstAdminCodeHash(CODE) } } })
  return (openid: string, event: object) => sys.call('staff', openid, event)
}
afterEach(async () => {
  await sys?.stop()
})

describe('the first admin on a real environment', () => {
  it('is made once by the deploy-time code, which then never works again', async () => {
    const staff = await realEnvironment()
    const first = fresh('first')
    expect((await staff(first, { action: 'me' })).error.code).toBe('FORBIDDEN')
    const made = await staff(first, { action: 'invite.redeem', code: CODE.toLowerCase() })
    expect(made).toMatchObject({ ok: true, data: { roles: ['admin'], active: true } })

    const second = fresh('second')
    expect(await staff(second, { action: 'invite.redeem', code: CODE })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // even with no active admin left, the used code opens nothing
    await sys.cloud.port.database({ throwOnNotFound: false }).collection('staff').doc(first).update({ data: { active: false } })
    const again = await staff(second, { action: 'invite.redeem', code: CODE })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '初始管理员码已经用过了' } })
    expect((await staff(second, { action: 'me' })).error.code).toBe('FORBIDDEN')
  })

  it('makes one admin when two people redeem it at the same moment', async () => {
    const staff = await realEnvironment()
    const answers = await Promise.all([fresh('a'), fresh('b'), fresh('c')].map((who) => staff(who, { action: 'invite.redeem', code: CODE })))
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    const { total } = await sys.cloud.port.database({ throwOnNotFound: false }).collection('staff').where({ roles: 'admin' }).count()
    expect(total).toBe(1)
  })

  it('a wrong code or an unset hash is no code', async () => {
    expect(isFirstAdminCode('K7MPQW3XHR9TZB2N', firstAdminCodeHash(CODE))).toBe(true)
    expect(isFirstAdminCode('K7MPQW3XHR9TZB2M', firstAdminCodeHash(CODE))).toBe(false)
    expect(isFirstAdminCode(CODE, undefined)).toBe(false)
    expect(isFirstAdminCode(CODE, CODE)).toBe(false)
    const staff = await realEnvironment()
    expect((await staff(fresh('x'), { action: 'invite.redeem', code: 'K7MPQW3XHR9TZB2M' })).error.code).toBe('NOT_FOUND')
  })
})
