import { describe, expect, it } from 'vitest'
import { mayHoldCommittee, receivingChain, routeClue } from './routing'

const POINT = ['QX', 'QX-A', 'QX-A1']

describe('违纪线索: where it goes', () => {
  it('to the township above the point’s village when it has contacts', () => {
    expect(routeClue({ pointOrgPath: POINT, contacts: { 'QX-A': ['t1', 't2'], QX: ['c1'] } })).toEqual({ node: 'QX-A', recipients: ['t1', 't2'] })
  })

  it('to the nearest ancestor with contacts when the township has none', () => {
    expect(routeClue({ pointOrgPath: POINT, contacts: { QX: ['c1'] } })).toEqual({ node: 'QX', recipients: ['c1'] })
    expect(routeClue({ pointOrgPath: POINT, contacts: { 'QX-A': [], QX: ['c1'] } })).toEqual({ node: 'QX', recipients: ['c1'] })
  })

  it('never to the village or the point itself, nor to a sibling township', () => {
    expect(receivingChain(POINT)).toEqual(['QX-A', 'QX'])
    expect(routeClue({ pointOrgPath: POINT, contacts: { 'QX-A1': ['v1'], 'QX-B': ['b1'] } })).toBeNull()
  })

  it('about a staff member holding the township: above it, to the county', () => {
    const contacts = { 'QX-A': ['t1'], QX: ['c1'] }
    expect(routeClue({ pointOrgPath: POINT, contacts, concernedNodes: ['QX-A'] })).toEqual({ node: 'QX', recipients: ['c1'] })
    // a village cadre or one held at another township changes nothing
    expect(routeClue({ pointOrgPath: POINT, contacts, concernedNodes: ['QX-A1'] })?.node).toBe('QX-A')
    expect(routeClue({ pointOrgPath: POINT, contacts, concernedNodes: ['QX-B'] })?.node).toBe('QX-A')
    expect(routeClue({ pointOrgPath: POINT, contacts, concernedNodes: [] })?.node).toBe('QX-A')
  })

  it('about the county’s own staff: nowhere above, refused', () => {
    expect(routeClue({ pointOrgPath: POINT, contacts: { 'QX-A': ['t1'], QX: ['c1'] }, concernedNodes: ['QX', 'QX-A'] })).toBeNull()
  })

  it('no contacts anywhere, or a point not in the tree: none', () => {
    expect(routeClue({ pointOrgPath: POINT, contacts: {} })).toBeNull()
    expect(routeClue({ pointOrgPath: [], contacts: { QX: ['c1'] } })).toBeNull()
  })

  it('a contact listed twice is told once', () => {
    expect(routeClue({ pointOrgPath: POINT, contacts: { 'QX-A': ['t1', 't1'] } })?.recipients).toEqual(['t1'])
  })

  it('committee contacts are invited at a township or county only', () => {
    expect(['county', 'township', 'village', 'point'].filter(mayHoldCommittee)).toEqual(['county', 'township'])
  })
})
