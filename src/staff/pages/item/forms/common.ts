import type { StaffItemDetail } from '../../../../../domain/api'
import { chinaWallClock } from '../../../../../domain/time'
import type { Me } from '../../../lib/me'

export interface FormProps {
  item: StaffItemDetail
  me: Me | null
  /** the server's answer: the matter as it is now */
  onDone: (item: StaffItemDetail) => void
  onCancel: () => void
}

/** Today on China's calendar, YYYY-MM-DD. */
export const chinaToday = (): string => chinaWallClock(new Date()).format('YYYY-MM-DD')

/** The China date `days` after the instant `from` (or now), YYYY-MM-DD. */
export const chinaDateAfter = (days: number, from: string | Date = new Date()): string =>
  chinaWallClock(from).add(days, 'day').format('YYYY-MM-DD')
