/** Words of the 评事日 report and the half-year summary pages. */
import type { TimelineEventType } from '../../../domain/matters/api'
import { TRACK_LABELS, type Track } from '../../../domain/matters/handling'
import { chinaWallAt, chinaWallClock } from '../../../domain/kernel/time'

export const FOLLOWED_LABELS: Partial<Record<TimelineEventType, string>> = {
  reopen: '重新办理',
  reply: '再次答复',
  supervise: '提请督办',
  rate: '居民再评价',
  close: '办结',
}

export const trackText = (t: Track | null) => (t ? TRACK_LABELS[t] : '尚未受理')

/** 3月25日 from 2026-03-25 or an ISO instant (China time). */
export const shortDay = (at: string) => (at.length === 10 ? chinaWallAt(at) : chinaWallClock(at)).format('M月D日')

/** The years offered: last year and this (China calendar). */
export const yearChoices = (now = new Date()) => {
  const y = chinaWallClock(now).year()
  return [y - 1, y]
}
