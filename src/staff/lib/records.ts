/** Shared words and small helpers of the 集中议事 and 代理办事 pages. */
import type { RecordStatus } from '../../../domain/meetings/api'
import { chineseDayOf } from '../../../domain/kernel/display-dates'
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage'

export const MEETING_STATUS_LABELS: Record<RecordStatus, string> = {
  planned: '待记录',
  recording: '记录未完成',
  recorded: '已记录',
}

export const TRIP_STATUS_LABELS: Record<RecordStatus, string> = {
  planned: '待跑办',
  recording: '记录未完成',
  recorded: '已记录',
}

/** 2026年3月4日（星期三） from YYYY-MM-DD, or the text as it is. */
export const dayText = (ymd: string) => chineseDayOf(ymd) || ymd

/** Names as people type them: separated by spaces, commas or 顿号. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((n) => n.trim())
    .filter(Boolean)
}

/** A whole number typed in a box, or undefined when empty (the schema says what is wrong with the rest). */
export function numberOf(text: string): number | undefined {
  const t = text.trim()
  return t === '' ? undefined : Number(t)
}

/** A form's typing kept per record (a meeting, a trip) until it is sent. */
export function recordDraft<T extends object>(kind: 'meeting' | 'trip', id: string) {
  const key = `shuoshi.${kind}-record.${id}`
  return {
    load: (): Partial<T> | null => readStored(key, isRecord) as Partial<T> | null,
    save: (draft: T) => writeStored(key, draft),
    clear: () => removeStored(key),
  }
}
