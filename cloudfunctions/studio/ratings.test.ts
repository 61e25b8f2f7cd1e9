import { describe, expect, it } from 'vitest'
import { fresh } from '../testing'
import { countyWorld } from '../departments/testing-org'
import { makeStudio } from './testing-studio'

// Wednesday 2026-11-25 10:00 China time: the fourth quarter
const START = '2026-11-25T02:00:00Z'
const world = countyWorld(START)
const rate = (pointCode: string, level: string, opinion = '', quarter = '2026-Q4') => ({ action: 'studio.rate', pointCode, quarter, level, opinion })

describe('studio 评议', () => {
  it('a resident rates the studio once a quarter: the first rating stands, and shows on the studio’s page', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const r = fresh('resident')
    expect(await w.resident(r, rate(s.code, 'satisfied', '代表很耐心'))).toMatchObject({ ok: true, data: { quarter: '2026-Q4', level: 'satisfied', opinion: '代表很耐心' } })
    expect((await w.resident(r, rate(s.code, 'unsatisfied', '改主意了'))).data).toMatchObject({ level: 'satisfied', opinion: '代表很耐心' })
    expect((await w.resident(r, { action: 'studio.plan', pointCode: s.code, month: '2026-11' })).data.myRating).toEqual({ level: 'satisfied', opinion: '代表很耐心' })
    const bad = [rate(s.code, 'great'), rate(s.code, 'basic', '', '2026-Q3'), rate(s.code, 'basic', '', '2026-5'), rate(c.pointA, 'basic')]
    const fresh2 = fresh('resident')
    for (const e of bad) expect((await w.resident(fresh2, e)).error.code).toBe('INVALID_INPUT')
    expect((await w.resident(fresh2, { action: 'studio.plan', pointCode: s.code, month: '2026-11' })).data.myRating).toBeNull()
  })

  it('the studio’s staff read counts; opinions only from 10 responses, with personal data taken out; others are refused', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const levels = ['satisfied', 'satisfied', 'basic', 'unsatisfied', 'satisfied', 'basic', 'satisfied', 'satisfied', 'basic']
    for (const [i, level] of levels.entries()) await w.resident(fresh('resident'), rate(s.code, level, i === 0 ? '我是张三，电话13812345678，代表很负责' : ''))
    const nine = await w.staff(s.deputies[0], { action: 'studio.ratings', pointCode: s.code, quarter: '2026-Q4' })
    expect(nine).toMatchObject({ ok: true, data: { total: 9, counts: { satisfied: 5, basic: 3, unsatisfied: 1 }, opinions: [], opinionsFrom: 10 } })
    await w.resident(fresh('resident'), rate(s.code, 'satisfied', '希望多来几次'))
    const ten = await w.staff(s.liaison, { action: 'studio.ratings', pointCode: s.code, quarter: '2026-Q4' })
    expect(ten.data.total).toBe(10)
    expect(ten.data.opinions).toHaveLength(2)
    expect(ten.data.opinions.join('')).not.toMatch(/13812345678|张三/)
    expect(ten.data.opinions).toContain('希望多来几次')
    for (const who of [c.cadreA, c.staffA, (await makeStudio(w, c)).liaison]) expect((await w.staff(who, { action: 'studio.ratings', pointCode: s.code, quarter: '2026-Q4' })).error.code).toBe('FORBIDDEN')
  })
})
