import { describe, expect, it } from 'vitest'
import { keysToAsk, NOTICE_POLICY, remember, type NoticeMemory } from './noticeMemory'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 10, 28, 4)
const RESIDENT_SUBMIT = ['accepted', 'progress', 'replied'] as const

describe('when to ask for notices', () => {
  it('asks for every template this device has never been asked about, three at most', () => {
    expect(keysToAsk({}, RESIDENT_SUBMIT, NOW)).toEqual(['accepted', 'progress', 'replied'])
    expect(keysToAsk({}, ['accepted', 'progress', 'replied', 'reminder'], NOW)).toHaveLength(3)
    expect(keysToAsk({}, ['due', 'due'], NOW)).toEqual(['due'])
  })

  it('does not ask while enough messages are allowed, and asks again when few are left', () => {
    const plenty: NoticeMemory = { accepted: { count: NOTICE_POLICY.low, last: 'accept', at: NOW - DAY } }
    expect(keysToAsk(plenty, ['accepted'], NOW)).toEqual([])
    const few: NoticeMemory = { accepted: { count: NOTICE_POLICY.low - 1, last: 'accept', at: NOW - DAY } }
    expect(keysToAsk(few, ['accepted'], NOW)).toEqual(['accepted'])
  })

  it('stops believing a remembered count after a while: the server spends it unseen', () => {
    const old: NoticeMemory = { accepted: { count: 10, last: 'accept', at: NOW - NOTICE_POLICY.trustMs } }
    expect(keysToAsk(old, ['accepted'], NOW)).toEqual(['accepted'])
  })

  it('after 拒绝 stays quiet at natural taps for a week, but not when the user asks for notices', () => {
    const no: NoticeMemory = { progress: { count: 0, last: 'reject', at: NOW - DAY } }
    expect(keysToAsk(no, ['progress'], NOW)).toEqual([])
    expect(keysToAsk(no, ['progress'], NOW, true)).toEqual(['progress'])
    expect(keysToAsk(no, ['progress'], NOW - DAY + NOTICE_POLICY.quietAfterNoMs)).toEqual(['progress'])
  })
})

describe('remembering an answer', () => {
  it('keeps the server’s counts', () => {
    const next = remember({}, { accepted: 'accept', progress: 'reject' }, { accepted: 3, progress: 0 }, NOW)
    expect(next).toEqual({ accepted: { count: 3, last: 'accept', at: NOW }, progress: { count: 0, last: 'reject', at: NOW } })
  })

  it('guesses when the server could not be told: one more per 允许', () => {
    const before: NoticeMemory = { accepted: { count: 1, last: 'accept', at: NOW - DAY } }
    expect(remember(before, { accepted: 'accept' }, null, NOW).accepted).toEqual({ count: 2, last: 'accept', at: NOW })
    expect(remember(before, { accepted: 'reject' }, null, NOW).accepted?.count).toBe(1)
  })
})
