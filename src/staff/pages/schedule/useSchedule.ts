import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ScheduleView } from '../../../../domain/schedule/api'
import type { OpeningRule, ScheduleException } from '../../../../domain/schedule/openings'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { scheduleDrafts, type ScheduleDraft } from '../../lib/scheduleDraft'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; view: ScheduleView }

/**
 * A point's schedule as saved, and the edits not saved yet (kept in storage, so leaving
 * the page loses nothing). Saving sends the version the edits started from; one save at
 * a time.
 */
export function useSchedule(pointCode: string) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [draft, setDraft] = useState<ScheduleDraft | null>(() => scheduleDrafts.load(pointCode))
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<ClientError | null>(null)
  const inFlight = useRef(false)

  const load = useCallback(async () => {
    const reply = await callStaff({ action: 'schedule.get', pointCode })
    setLoaded(reply.ok ? { status: 'ready', view: reply.data } : { status: 'error', error: reply.error })
  }, [pointCode])

  useEffect(() => {
    setDraft(scheduleDrafts.load(pointCode))
    setLoaded({ status: 'loading' })
    void load()
  }, [pointCode, load])

  const view = loaded.status === 'ready' ? loaded.view : null
  const rules = useMemo(() => draft?.rules ?? view?.rules ?? [], [draft, view])
  const exceptions = useMemo(() => draft?.exceptions ?? view?.exceptions ?? [], [draft, view])

  const edit = useCallback(
    (next: { rules?: OpeningRule[]; exceptions?: ScheduleException[] }) => {
      if (!view) return
      const d: ScheduleDraft = { baseVersion: draft?.baseVersion ?? view.version, rules: next.rules ?? rules, exceptions: next.exceptions ?? exceptions }
      setDraft(d)
      setSaveError(null)
      scheduleDrafts.save(pointCode, d)
    },
    [view, draft, rules, exceptions, pointCode],
  )

  const discard = useCallback(() => {
    scheduleDrafts.clear(pointCode)
    setDraft(null)
    setSaveError(null)
    void load()
  }, [pointCode, load])

  /** Saves the edits; answers the saved schedule, or null (the error is kept on screen). */
  const save = useCallback(async (): Promise<ScheduleView | null> => {
    if (!draft || inFlight.current) return null
    inFlight.current = true
    setSaving(true)
    setSaveError(null)
    try {
      const reply = await callStaff({ action: 'schedule.save', pointCode, rules: draft.rules, exceptions: draft.exceptions, version: draft.baseVersion })
      if (!reply.ok) {
        setSaveError(reply.error)
        return null
      }
      scheduleDrafts.clear(pointCode)
      setDraft(null)
      setLoaded({ status: 'ready', view: reply.data })
      return reply.data
    } finally {
      inFlight.current = false
      setSaving(false)
    }
  }, [draft, pointCode])

  /** After a booking was moved or cancelled: the counts change, the edits stay. */
  const refresh = useCallback(async () => {
    const reply = await callStaff({ action: 'schedule.get', pointCode })
    if (reply.ok) setLoaded({ status: 'ready', view: reply.data })
  }, [pointCode])

  return { loaded, view, rules, exceptions, dirty: draft !== null, stale: Boolean(draft && view && draft.baseVersion !== view.version), edit, discard, save, saving, saveError, load, refresh }
}

export type ScheduleEditor = ReturnType<typeof useSchedule>
