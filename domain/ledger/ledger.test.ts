import { describe, expect, it } from 'vitest'
import { chinaInstant } from '../kernel/time'
import { addressIsHousehold, computeLedger, flagsAt, livesThereAt, monthSpan, yearToDate, type LedgerHousehold, type LedgerVisit } from './ledger'

const at = (ymd: string) => chinaInstant(ymd, '12:00')
const home = (n: number, extra: Partial<LedgerHousehold> = {}): LedgerHousehold => ({
  _id: `h${n}`,
  householdKey: `幸福路${n}栋101`,
  flags: [],
  status: 'active',
  changes: [],
  createdAt: at('2026-01-05'),
  ...extra,
})
const visit = (n: number, month: string, extra: Partial<LedgerVisit> = {}): LedgerVisit => ({ form: 'homeVisit', month, householdKey: `幸福路${n}栋101`, itemIds: [], ...extra })
const ten = Array.from({ length: 10 }, (_, i) => home(i + 1))

describe('月台账: the month made from the records', () => {
  it('a month is its China days; the year so far runs from January', () => {
    expect(monthSpan('2026-03')).toEqual({ start: new Date('2026-02-28T16:00:00Z'), end: new Date('2026-03-31T16:00:00Z') })
    expect(yearToDate('2026-03')).toEqual(['2026-01', '2026-02', '2026-03'])
  })

  it('known, visited this month and this year: 入户 visits only, each household once, by key or by id', () => {
    const visits = [
      visit(1, '2026-03'),
      visit(1, '2026-03'),
      visit(2, '2026-03', { form: 'walkIn' }), // at the point: not a household visit
      visit(3, '2026-02'),
      visit(4, '2025-12'), // last year
      visit(99, '2026-03', { householdId: 'h5', householdKey: '别的写法' }),
    ]
    const { figures } = computeLedger('2026-03', ten, visits, [])
    expect(figures).toMatchObject({ known: 10, visitedMonth: 2, visitedYear: 3, rateMonth: 20, rateYear: 30, goal: 100 })
  })

  it('below 10 households known no figure is given; one more household gives them all', () => {
    expect(computeLedger('2026-03', ten.slice(0, 9), [], []).figures).toBeNull()
    const gone = home(11, { status: 'movedOut', changes: [{ kind: 'movedOut', at: at('2026-03-10') }] })
    expect(computeLedger('2026-03', [...ten.slice(0, 9), gone], [], []).figures).toBeNull()
    expect(computeLedger('2026-02', [...ten.slice(0, 9), gone], [], []).figures?.known).toBe(10)
  })

  it('moves, flags at the month’s end and their changes: a later edit does not change an earlier month', () => {
    const households = [
      ...ten.slice(0, 8),
      home(9, { flags: ['hardship', 'dibao'], changes: [{ kind: 'flagOn', flag: 'hardship', at: at('2026-03-03') }, { kind: 'flagOn', flag: 'dibao', at: at('2026-04-02') }] }),
      home(10, { flags: [], changes: [{ kind: 'flagOff', flag: 'migrant', at: at('2026-03-20') }] }),
      home(11, { createdAt: at('2026-03-15'), changes: [{ kind: 'movedIn', at: at('2026-03-15') }] }),
      home(12, { status: 'movedOut', changes: [{ kind: 'movedOut', at: at('2026-03-25') }] }),
    ]
    const march = computeLedger('2026-03', households, [], []).figures!
    expect(march).toMatchObject({ known: 11, movedIn: 1, movedOut: 1, newlyHardship: 1 })
    const line = (f: string) => march.flags.find((l) => l.flag === f)
    expect(line('hardship')).toMatchObject({ label: '困难群众', count: 1, on: 1, off: 0 })
    expect(line('dibao')).toMatchObject({ count: 0, on: 0 })
    expect(line('migrant')).toMatchObject({ count: 0, off: 1 })
    const feb = computeLedger('2026-02', households, [], []).figures!
    expect(feb).toMatchObject({ known: 11, movedIn: 0, newlyHardship: 0 })
    expect(feb.flags.find((l) => l.flag === 'migrant')?.count).toBe(1)
    expect(flagsAt(households[8], at('2026-03-31'))).toEqual(new Set(['hardship']))
    expect(livesThereAt(households[10], at('2026-03-01'))).toBe(false)
    expect(livesThereAt(households[11], at('2026-03-01'))).toBe(true)
  })

  it('matters of the month raised from the area: from a visit to its households, or a contact address that is one of them', () => {
    const matter = (id: string, address: string) => ({ _id: id, no: `XD01-202603${id}`, category: '政策咨询', status: 'accepted', contactAddress: address })
    const matters = [matter('001', '新东社区幸福路1栋101'), matter('002', '幸福路11栋101'), matter('003', '别处路3号'), matter('004', '别处路4号')]
    const visits = [visit(2, '2026-03', { itemIds: ['003'] }), visit(77, '2026-03', { itemIds: ['004'] })]
    expect(computeLedger('2026-03', ten, visits, matters).matters.map((m) => m.id)).toEqual(['001', '003'])
    expect(addressIsHousehold('新东社区幸福路1栋101室', '幸福路1栋101')).toBe(true)
    expect(addressIsHousehold('幸福路11栋101', '1栋101')).toBe(false)
  })
})
