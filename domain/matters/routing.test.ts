import { describe, expect, it } from 'vitest'
import { pickAssignee } from './routing'

const table = { leadCadre: 'lead', routing: { 环境卫生: 'env', 邻里纠纷: 'gone' } as const }

describe('routing', () => {
  it('sends a category to the cadre the table names', () => {
    expect(pickAssignee(table, '环境卫生', () => true)).toBe('env')
  })
  it('falls back to the lead cadre when the table names nobody', () => {
    expect(pickAssignee(table, '政策咨询', () => true)).toBe('lead')
  })
  it('falls back to the lead cadre when the named cadre is inactive', () => {
    expect(pickAssignee(table, '邻里纠纷', (o) => o !== 'gone')).toBe('lead')
  })
})
