import { useCallback, useRef, useState } from 'react'
import type * as z from 'zod/mini'
import { parseWith, type FieldErrors } from '../../../domain/validation'
import type { ClientResult } from '../../api/result'

/**
 * One form's submission: validates with the same schema the server uses, sends once at a
 * time, and keeps what went wrong on screen (per field, and one message for the form).
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fields, setFields] = useState<FieldErrors>({})
  const inFlight = useRef(false)

  const submit = useCallback(
    async <S extends z.ZodMiniType, T>(
      schema: S,
      input: unknown,
      send: (event: z.infer<S>) => Promise<ClientResult<T>>,
    ): Promise<T | null> => {
      if (inFlight.current) return null
      const parsed = parseWith(schema, input)
      if (!parsed.ok) {
        setFields(parsed.fields)
        setError(parsed.message)
        return null
      }
      setFields({})
      setError(null)
      inFlight.current = true
      setBusy(true)
      try {
        const reply = await send(parsed.value)
        if (!reply.ok) {
          setError(reply.error.message)
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

  const reset = useCallback(() => {
    setError(null)
    setFields({})
  }, [])

  return { busy, error, fields, submit, reset }
}
