import { useCallback, useMemo, useRef, useState } from 'react'
import type * as z from 'zod/mini'
import { parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import type { ClientResult } from '../../api/result'

/** What the form holds now, checked live once the person has tried to submit. */
export interface LiveCheck {
  schema: z.ZodMiniType
  input: unknown
}

/**
 * One form's submission: validates with the same schema the server uses, sends once at a
 * time, and keeps what went wrong on screen (per field, and one message for the form).
 *
 * Given `live` (the form's schema and current input), the field messages follow the
 * input after the first attempt: each one goes away as its field is put right, and the
 * form's message goes when nothing is left to fix.
 */
export function useSubmit(live?: LiveCheck) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ text: string; fromCheck: boolean } | null>(null)
  const [attemptFields, setAttemptFields] = useState<FieldErrors>({})
  const [attempted, setAttempted] = useState(false)
  const inFlight = useRef(false)

  // Only what was wrong at the last attempt is followed: a message goes once its field is
  // right (and comes back if it goes wrong again); a field that appeared since is judged
  // at the next attempt, not while the person is still filling it in.
  const liveCheck = useMemo((): { fields: FieldErrors; message: string | null } | null => {
    if (!live || !attempted) return null
    const parsed = parseWith(live.schema, live.input)
    const now = parsed.ok ? {} : parsed.fields
    const still: FieldErrors = {}
    let message: string | null = null
    for (const key of Object.keys(now)) {
      if (!(key in attemptFields)) continue
      still[key] = now[key]
      message = message ?? now[key]
    }
    return { fields: still, message }
    // the input is compared by value: forms build it afresh on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live?.schema, JSON.stringify(live?.input), attempted, attemptFields])

  const fields: FieldErrors = liveCheck?.fields ?? attemptFields
  // a message from the check follows the input (the first thing still to fix); the server's stays
  const shownError = error && error.fromCheck && liveCheck ? liveCheck.message : (error?.text ?? null)

  const submit = useCallback(
    async <S extends z.ZodMiniType, T>(
      schema: S,
      input: unknown,
      send: (event: z.infer<S>) => Promise<ClientResult<T>>,
    ): Promise<T | null> => {
      if (inFlight.current) return null
      setAttempted(true)
      const parsed = parseWith(schema, input)
      if (!parsed.ok) {
        setAttemptFields(parsed.fields)
        setError({ text: parsed.message, fromCheck: Object.keys(parsed.fields).length > 0 })
        return null
      }
      setAttemptFields({})
      setError(null)
      inFlight.current = true
      setBusy(true)
      try {
        const reply = await send(parsed.value)
        if (!reply.ok) {
          setError({ text: reply.error.message, fromCheck: false })
          return null
        }
        return reply.data
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [],
  )

  /** A message of the form's own (say, a date out of range), shown like the server's. */
  const fail = useCallback((text: string) => setError({ text, fromCheck: false }), [])

  const reset = useCallback(() => {
    setError(null)
    setAttemptFields({})
    setAttempted(false)
  }, [])

  return { busy, error: shownError, fields, submit, fail, reset }
}
