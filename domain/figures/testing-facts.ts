/** Test support: a matter's facts as the figures read them, submitted on 5 Jan 2026 09:00 China time unless told otherwise. */
import type { MatterFacts } from './figures'

/** China wall-clock time → the instant. */
export const cn = (t: string) => new Date(`${t.replace(' ', 'T')}+08:00`)

export function matterFacts(id: string, fields: Partial<MatterFacts>): MatterFacts {
  return {
    id,
    createdAt: cn('2026-01-05 09:00:00'),
    status: 'submitted',
    acceptedAt: null,
    importance: null,
    dueAt: null,
    replies: [],
    reopens: [],
    extensions: [],
    closedReason: null,
    rating: null,
    escalated: false,
    ...fields,
  }
}
