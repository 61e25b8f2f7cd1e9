import { useCallback, useState } from 'react'
import type { FieldErrors } from '../../../domain/kernel/validation'
import { isRecord, readStored, removeStored, writeStored } from '../../lib/storage'

/** Takes from what was stored only the fields the draft has, each of the same type. */
function merge<T extends Record<string, unknown>>(base: T, stored: Record<string, unknown> | null): T {
  if (!stored) return base
  const out: Record<string, unknown> = { ...base }
  for (const key of Object.keys(base)) if (typeof stored[key] === typeof base[key]) out[key] = stored[key]
  return out as T
}

/**
 * A form's draft kept on this device under `key`, so what was typed survives leaving the
 * page; `clear` forgets it once the form went through. Flat drafts of strings and booleans.
 */
export function useStoredDraft<T extends Record<string, string | boolean>>(key: string, initial: () => T) {
  const [draft, setDraft] = useState<T>(() => merge(initial(), readStored(key, isRecord)))
  const update = useCallback(
    (patch: Partial<T>) =>
      setDraft((d) => {
        const next = { ...d, ...patch }
        writeStored(key, next)
        return next
      }),
    [key],
  )
  const clear = useCallback(() => removeStored(key), [key])
  return { draft, update, clear }
}

/** The field messages of a nested part of an event (`answerOnSpot.answer` → `answer`). */
export function fieldsUnder(fields: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(fields)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message
  return out
}
