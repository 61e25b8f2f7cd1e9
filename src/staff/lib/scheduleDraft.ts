import type { OpeningRule, ScheduleException } from '../../../domain/schedule/openings'
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage'

/**
 * A point's 排班 as the admin left it, unsaved, with the version it was edited from: back
 * on the page the edits are still there, and a save over someone else's newer schedule
 * is refused rather than overwriting it.
 */
export interface ScheduleDraft {
  baseVersion: number
  rules: OpeningRule[]
  exceptions: ScheduleException[]
}

const keyFor = (pointCode: string) => `shuoshi.scheduleDraft.${pointCode}`

function fromStored(s: Record<string, unknown>): ScheduleDraft | null {
  if (typeof s.baseVersion !== 'number' || !Array.isArray(s.rules) || !Array.isArray(s.exceptions)) return null
  // the save checks every field again: here only the shape that the page can show
  const rules = s.rules.filter((r): r is OpeningRule => isRecord(r) && typeof r.weekday === 'number' && typeof r.start === 'string' && typeof r.end === 'string' && typeof r.kind === 'string')
  const exceptions = s.exceptions.filter((e): e is ScheduleException => isRecord(e) && typeof e.date === 'string')
  return { baseVersion: s.baseVersion, rules, exceptions }
}

export const scheduleDrafts = {
  load(pointCode: string): ScheduleDraft | null {
    const stored = readStored(keyFor(pointCode), isRecord)
    return stored ? fromStored(stored) : null
  },
  save(pointCode: string, draft: ScheduleDraft): void {
    writeStored(keyFor(pointCode), draft)
  },
  clear(pointCode: string): void {
    removeStored(keyFor(pointCode))
  },
}
