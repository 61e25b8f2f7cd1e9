import { describe, expect, it } from 'vitest'
import { childLevel, lineOf, orgPathOf, parentLevel, pathAfterMove, pathUnder, placementProblem, pointPlacementProblem, reachesNode, retireProblem, sortedTree, type OrgNode } from './tree'
import { orgEventSchemas } from './schemas'
import { parseWith } from '../kernel/validation'

const node = (code: string, level: OrgNode['level'], parent: OrgNode | null, active = true): OrgNode => ({ code, name: `节点${code}`, level, parent: parent?.code ?? null, path: pathUnder(parent), active })
const county = node('QX', 'county', null)
const a = node('QX-A', 'township', county)
const b = node('QX-B', 'township', county)
const v1 = node('QX-A1', 'village', a)

describe('组织架构: levels, ancestry, reach', () => {
  it('levels run county → township → village; paths are ancestors root first', () => {
    expect([parentLevel('county'), parentLevel('township'), parentLevel('village')]).toEqual([null, 'county', 'township'])
    expect([childLevel('county'), childLevel('village')]).toEqual(['township', null])
    expect(v1.path).toEqual(['QX', 'QX-A'])
    expect(orgPathOf(v1)).toEqual(['QX', 'QX-A', 'QX-A1'])
    expect(lineOf(a)).toEqual(['QX', 'QX-A'])
  })

  it('a role at a node reaches it and everything below, never a sibling', () => {
    expect(reachesNode(['QX-A'], v1)).toBe(true)
    expect(reachesNode(['QX'], v1)).toBe(true)
    expect(reachesNode(['QX-B'], v1)).toBe(false)
    expect(reachesNode(['QX-A1'], a)).toBe(false)
  })

  it('a node fits only under the level above it, active, and never under itself', () => {
    expect(placementProblem(v1, a)).toBeNull()
    expect(placementProblem(a, county)).toBeNull()
    expect(placementProblem(county, null)).toBeNull()
    expect(placementProblem(v1, county)).toContain('只能放在乡镇/街道下面')
    expect(placementProblem(a, null)).toContain('必须放在一个区/县下面')
    expect(placementProblem(county, a)).toContain('最上一级')
    expect(placementProblem(v1, node('QX-C', 'township', county, false))).toContain('已撤销')
    // a cycle: a township under its own village (the level check alone would say so too)
    expect(placementProblem({ code: 'QX-A', level: 'township' }, { ...v1, level: 'county' })).toContain('它自己或它的下级')
  })

  it('a point sits under an active village; a node with active children or points is not retired', () => {
    expect(pointPlacementProblem(v1)).toBeNull()
    expect(pointPlacementProblem(a)).toContain('只能放在村/社区下面')
    expect(pointPlacementProblem(null)).toContain('请选择')
    expect(retireProblem(a, 1, 0)).toContain('还有 1 个在用的下级')
    expect(retireProblem(v1, 0, 2)).toContain('还有 2 个在用的说事点')
    expect(retireProblem(v1, 0, 0)).toBeNull()
  })

  it('moving a node rewrites what lies above it in every descendant’s path', () => {
    expect(pathAfterMove(['QX', 'QX-A', 'QX-A1'], 'QX-A1', ['QX', 'QX-B'])).toEqual(['QX', 'QX-B', 'QX-A1'])
    expect(pathAfterMove(['QX', 'QX-A'], 'QX-A', ['ZZ'])).toEqual(['ZZ', 'QX-A'])
    expect(pathAfterMove(['QX', 'QX-B'], 'QX-A', ['ZZ'])).toEqual(['QX', 'QX-B'])
  })

  it('sorts a tree roots first, children after their parent', () => {
    expect(sortedTree([v1, b, a, county]).map((n) => n.code)).toEqual(['QX', 'QX-A', 'QX-A1', 'QX-B'])
    // a reached subtree without its parent starts at its top
    expect(sortedTree([v1, a]).map((n) => n.code)).toEqual(['QX-A', 'QX-A1'])
  })

  it('orgs.save asks what each change needs, in Chinese', () => {
    const save = (e: object) => parseWith(orgEventSchemas['orgs.save'], { action: 'orgs.save', ...e })
    expect(save({ op: 'add', code: 'qx-a2', name: '东山村', level: 'village', parent: 'QX-A' })).toMatchObject({ ok: true, value: { code: 'QX-A2' } })
    expect(save({ op: 'add', code: 'QX-A2', level: 'village', parent: 'QX-A' })).toMatchObject({ ok: false, message: '请填写名称' })
    expect(save({ op: 'move', code: 'QX-A2' })).toMatchObject({ ok: false, message: '请选择上级' })
    expect(save({ op: 'retire', code: '1X' })).toMatchObject({ ok: false })
    expect(save({ op: 'retire', code: 'QX-A2' }).ok).toBe(true)
  })
})
