import { describe, expect, it } from 'vitest'
import { householdsVisited } from '../domain/diary/visits'
import { demoVisits } from './seed-visits'

const byAuthor = (now: Date) => {
  const visits = demoVisits(now)
  const authors = [...new Set(visits.map((v) => v.authorName))]
  return Object.fromEntries(authors.map((a) => [a, householdsVisited(visits.filter((v) => v.authorName === a))]))
}

describe('demo 民情日记', () => {
  it('falls in this China month up to today, whatever day it is seeded, with one cadre behind the 3-household minimum', () => {
    for (const now of ['2026-11-28T06:00:00Z', '2026-11-30T16:30:00Z' /* 1 December in China */, '2027-02-27T20:00:00Z']) {
      const visits = demoVisits(new Date(now))
      const today = new Date(new Date(now).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
      for (const v of visits) {
        expect(v.visitedAt <= today).toBe(true)
        expect(v.month).toBe(today.slice(0, 7))
      }
      expect(byAuthor(new Date(now))).toEqual({ 张建国: 3, 王志强: 3, 李秀英: 1 })
    }
  })
})
