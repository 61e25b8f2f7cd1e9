import type { StaffItemDetail } from '../../../../../domain/matters/api'
import { chinaYmd } from '../../../../../domain/kernel/display-dates'
import type { Me } from '../../../lib/me'

export interface FormProps {
  item: StaffItemDetail
  me: Me | null
  /** the server's answer: the matter as it is now */
  onDone: (item: StaffItemDetail) => void
  onCancel: () => void
}

/** Today on China's calendar, YYYY-MM-DD. */
export const chinaToday = (): string => chinaYmd(new Date())

/** The China date `days` after the instant `from` (or now), YYYY-MM-DD. */
export const chinaDateAfter = (days: number, from: string | Date = new Date()): string => chinaYmd(from, days)

/** The day the matter was registered, YYYY-MM-DD: nothing about it happened earlier. */
export const registeredOn = (item: StaffItemDetail): string => chinaYmd(item.createdAt)
