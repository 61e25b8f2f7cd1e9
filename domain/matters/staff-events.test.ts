import { describe, expect, it } from 'vitest'
import { matterStaffEventSchemas } from './schemas'
import { parseWith } from '../kernel/validation'

const check = <K extends keyof typeof matterStaffEventSchemas>(action: K, event: unknown) => parseWith(matterStaffEventSchemas[action], event)
const id = 'abc123'

describe('the staff events of a matter', () => {
  it('accept takes a known track, importance and tier; steps only as a list of short texts', () => {
    const base = { action: 'item.accept', id, track: 'local', importance: 'important', tier: 'cadre' }
    expect(check('item.accept', base).ok).toBe(true)
    expect(check('item.accept', { ...base, track: 'phased', steps: ['勘察', '施工'] }).ok).toBe(true)
    expect(check('item.accept', { ...base, track: 'someday' }).ok).toBe(false)
    expect(check('item.accept', { ...base, importance: 'urgent' }).ok).toBe(false)
    expect(check('item.accept', { ...base, tier: 'god' }).ok).toBe(false)
    expect(check('item.accept', { ...base, steps: [] }).ok).toBe(false)
    expect(check('item.accept', { ...base, steps: Array(11).fill('一步') }).ok).toBe(false)
    expect(check('item.accept', { ...base, assignee: 'me' }).ok).toBe(false)
  })

  it('extend needs a reason, a real date and a note', () => {
    const base = { action: 'item.extend', id, reason: '缺配件', dueDate: '2026-03-10', note: '已下单' }
    expect(check('item.extend', base).ok).toBe(true)
    expect(check('item.extend', { ...base, dueDate: '2026-02-30' }).ok).toBe(false)
    expect(check('item.extend', { ...base, dueDate: '2026/03/10' }).ok).toBe(false)
    expect(check('item.extend', { ...base, reason: '' }).ok).toBe(false)
    expect(check('item.extend', { ...base, note: undefined }).ok).toBe(false)
  })

  it('reply needs the answer, the unit and who handled it (反馈意见表)', () => {
    const base = { action: 'item.reply', id, answer: '已修好', unit: '居委会', handler: '张建国' }
    expect(check('item.reply', base).ok).toBe(true)
    for (const missing of ['answer', 'unit', 'handler']) {
      expect(check('item.reply', { ...base, [missing]: undefined }).ok).toBe(false)
    }
    expect(check('item.reply', { ...base, answer: '答'.repeat(1001) }).ok).toBe(false)
  })

  it('progress needs a note and whether the resident is told', () => {
    expect(check('item.progress', { action: 'item.progress', id, note: '有进展', visibleToResident: false }).ok).toBe(true)
    expect(check('item.progress', { action: 'item.progress', id, note: '有进展' }).ok).toBe(false)
    expect(check('item.progress', { action: 'item.progress', id, note: '有进展', visibleToResident: true, stepIndex: -1 }).ok).toBe(false)
  })

  it('queue takes a known tab', () => {
    expect(check('queue', { action: 'queue', tab: 'overdue' }).ok).toBe(true)
    expect(check('queue', { action: 'queue', tab: 'all' }).ok).toBe(true)
    expect(check('queue', { action: 'queue', tab: 'everything' }).ok).toBe(false)
    expect(check('queue', { action: 'queue', tab: 'pending', limit: 100 }).ok).toBe(false)
    expect(check('queue', { action: 'queue', tab: 'pending', cursor: '20' }).ok).toBe(true)
    for (const cursor of ['-1', '1e3', '1001', 'abc']) expect(check('queue', { action: 'queue', tab: 'pending', cursor }).ok).toBe(false)
  })
})
