import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldErrors } from '../../domain/kernel/validation'
import type { ClientError, ClientResult } from '../api/result'

export const CHECK_FIELDS = '有几处需要修改，请看标红的提示'

type Checked<E> = { ok: true; value: E } | { ok: false; fields: FieldErrors }

/** Where a form's drafts are kept on this device, one per key (a talk point). */
interface DraftStore<D> {
  save(key: string, draft: D): void
  clear(key: string): void
}

interface Options<D, E, R> {
  key: string
  store: DraftStore<D>
  initial: () => D
  /** the draft checked by the schema the server uses: the event to send, or what is wrong */
  validate: (draft: D) => Checked<E>
  /** what to say when fields are wrong; CHECK_FIELDS unless given */
  invalid?: (fields: FieldErrors) => string
  /**
   * Called inside the tap before anything is awaited (WeChat asks for notices only
   * there); a promise it returns is awaited before sending.
   */
  beforeSend?: () => Promise<unknown> | void
  send: (event: E, draft: D) => Promise<ClientResult<R>>
  onSent?: (result: R, draft: D) => void
  onError?: (error: ClientError) => void
}

/**
 * A resident's form: the draft (kept in storage on every change until it went through),
 * the field messages (which, once the resident has tried to submit, follow the
 * corrections live), one submission at a time, and what came back.
 */
export function useDraftForm<D, E, R>(options: Options<D, E, R>) {
  const { key, store, initial } = options
  const [draft, setDraft] = useState<D>(initial)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<R | null>(null)
  const attempted = useRef(false)
  const inFlight = useRef(false)
  const validate = useRef(options.validate)
  validate.current = options.validate

  useEffect(() => {
    if (!result) store.save(key, draft)
  }, [store, key, draft, result])

  useEffect(() => {
    if (!attempted.current) return
    const checked = validate.current(draft)
    setFieldErrors(checked.ok ? {} : checked.fields)
    if (checked.ok) setAlert((current) => (current === CHECK_FIELDS ? null : current))
  }, [key, draft])

  const setField = useCallback(<K extends keyof D>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
  }, [])

  /** Sends the draft, unless `blocked` says why it cannot go yet (photos still uploading). */
  const submit = async (blocked?: string | null) => {
    const { invalid, beforeSend, send, onSent, onError } = options
    if (inFlight.current) return
    attempted.current = true
    if (blocked) return setAlert(blocked)
    const checked = options.validate(draft)
    if (!checked.ok) {
      setFieldErrors(checked.fields)
      return setAlert(invalid ? invalid(checked.fields) : CHECK_FIELDS)
    }
    const asked = beforeSend?.()
    inFlight.current = true
    setSubmitting(true)
    setAlert(null)
    if (asked) await asked
    // The same draft always carries the same requestId: a retry is registered at most once.
    const reply = await send(checked.value, draft)
    inFlight.current = false
    setSubmitting(false)
    if (reply.ok) {
      store.clear(key)
      onSent?.(reply.data, draft)
      setResult(reply.data)
      return
    }
    onError?.(reply.error)
    setAlert(reply.error.code === 'NETWORK' ? `${reply.error.message}。您填写的内容已保存，可以再次提交。` : reply.error.message)
  }

  /** After one went through: a fresh start from `next`. */
  const again = (next: D) => {
    attempted.current = false
    setResult(null)
    setDraft(next)
  }

  return { draft, setDraft, setField, fieldErrors, alert, setAlert, submitting, result, submit, again }
}
