import { describe, expect, it } from 'vitest'
import { pointResidentEventSchemas, pointStaffEventSchemas } from './schemas'
import { parseWith } from '../kernel/validation'

const forResident = <K extends keyof typeof pointResidentEventSchemas>(action: K, event: unknown) => parseWith(pointResidentEventSchemas[action], event)
const check = <K extends keyof typeof pointStaffEventSchemas>(action: K, event: unknown) => parseWith(pointStaffEventSchemas[action], event)

describe('the events of points and their staff', () => {
  it('points.get needs a code; points.list takes nothing else', () => {
    expect(forResident('points.get', { action: 'points.get', code: 'xd01' }).ok).toBe(true)
    expect(forResident('points.get', { action: 'points.get' }).ok).toBe(false)
    expect(forResident('points.list', { action: 'points.list' }).ok).toBe(true)
    expect(forResident('points.list', { action: 'points.list', all: true }).ok).toBe(false)
  })

  it('admin events are strict', () => {
    expect(check('invite.create', { action: 'invite.create', name: '新人', role: 'cadre', node: 'xd01' }).ok).toBe(true)
    expect(check('invite.create', { action: 'invite.create', name: '新人', role: 'leader', node: 'QX-A' }).ok).toBe(true)
    expect(check('invite.create', { action: 'invite.create', name: '新人', role: 'king', node: 'xd01' }).ok).toBe(false)
    expect(check('invite.create', { action: 'invite.create', name: '新人', role: 'cadre', node: 'Xd01' }).ok).toBe(false)
    expect(check('invite.create', { action: 'invite.create', name: '新人', role: 'cadre', points: ['xd01'] }).ok).toBe(false)
    expect(check('routing.set', { action: 'routing.set', pointCode: 'xd01', category: '其他', cadre: null }).ok).toBe(true)
    expect(check('routing.set', { action: 'routing.set', pointCode: 'xd01', category: '其他' }).ok).toBe(false)
    expect(check('invite.redeem', { action: 'invite.redeem', code: 'ab' }).ok).toBe(false)
  })
})
