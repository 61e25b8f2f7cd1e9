import { chinaWallClock, type DateInput } from '../../domain/kernel/time'

/**
 * When a message came, in China time as people say it: 今天 09:05, 昨天 18:30, 11月3日 08:00
 * this year, 2025年12月31日 08:00 before. `now` is the device's clock.
 */
export function formatMessageTime(at: DateInput, now: DateInput = Date.now()): string {
  const when = chinaWallClock(at)
  const today = chinaWallClock(now).startOf('day')
  const time = when.format('HH:mm')
  if (when.isSame(today, 'day')) return `今天 ${time}`
  if (when.isSame(today.subtract(1, 'day'), 'day')) return `昨天 ${time}`
  if (when.year() === today.year()) return when.format('M月D日 HH:mm')
  return when.format('YYYY年M月D日 HH:mm')
}
