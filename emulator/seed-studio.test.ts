/** The demo cloud shows the 两代表工作室's pages with something real on them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STUDIO_DEMO } from './seed-studio'
import { startTestSystem, type TestSystem } from './testing'

let sys: TestSystem
beforeAll(async () => {
  sys = await startTestSystem({ demoMatters: true, startAt: new Date('2026-11-28T02:00:00Z') })
})
afterAll(async () => {
  await sys.stop()
})

describe('studio demo', () => {
  it('the liaison has a published month, a short next month, suggestions in each state and 评议 counts; a resident sees the plan', async () => {
    const now = await sys.call('staff', STUDIO_DEMO.liaison, { action: 'studio.plan', pointCode: 'xd02', month: '2026-11' })
    expect(now.data).toMatchObject({ published: true, warnings: [] })
    expect(now.data.entries[0].deputies[0].name).toBe('王志强')
    const next = await sys.call('staff', STUDIO_DEMO.liaison, { action: 'studio.plan', pointCode: 'xd02', month: '2026-12' })
    expect(next.data).toMatchObject({ published: false, warnings: [expect.stringContaining('接待或走访 1 次'), expect.stringContaining('集体活动')] })
    const list = await sys.call('staff', STUDIO_DEMO.liaison, { action: 'studio.suggestions', pointCode: 'xd02' })
    expect(list.data.suggestions.map((s: { state: string }) => s.state)).toEqual(['collected', 'routed', 'answered'])
    const matter = await sys.call('staff', 'demo-dept-civil', { action: 'dept.get', id: STUDIO_DEMO.matter })
    expect(matter.data).toMatchObject({ category: '意见建议', assignment: { departmentName: '青溪镇民政办' } })
    const ratings = await sys.call('staff', 'demo-deputy-qian', { action: 'studio.ratings', pointCode: 'xd02', quarter: '2026-Q4' })
    expect(ratings.data).toMatchObject({ total: 4, counts: { satisfied: 3, basic: 1, unsatisfied: 0 }, opinions: [] })
    const resident = await sys.call('resident', 'demo-resident-b', { action: 'studio.plan', pointCode: 'xd02', month: '2026-11' })
    expect(resident.data.entries.length).toBeGreaterThan(0)
  })
})
