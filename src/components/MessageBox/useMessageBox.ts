import { useCallback, useRef, useState } from 'react'
import type { MessagePage, MessageView } from '../../../domain/messages/api'
import type { ClientError } from '../../api/result'
import { usePagedList } from '../../hooks/usePagedList'
import type { MessageBoxApi } from '../../lib/messageBoxes'

const PAGE_SIZE = 20

/**
 * A 消息 box: pages of messages newest first, the unread count, and marking read (at once
 * on screen; the server's count follows). `onUnread` hears every new count.
 */
export function useMessageBox(api: MessageBoxApi, onUnread?: (unread: number) => void) {
  const list = usePagedList<MessageView, MessagePage>()
  const { load } = list
  // ids read here since the last page came, so a late page does not show them unread again
  const [readHere, setReadHere] = useState<Set<string>>(() => new Set())
  const [unreadHere, setUnreadHere] = useState<number | null>(null)
  const [markingAll, setMarkingAll] = useState(false)
  const [markError, setMarkError] = useState<ClientError | null>(null)
  const onUnreadRef = useRef(onUnread)
  onUnreadRef.current = onUnread

  const tell = useCallback((unread: number) => {
    setUnreadHere(unread)
    onUnreadRef.current?.(unread)
  }, [])

  const refresh = useCallback(async () => {
    await load(async (cursor) => {
      const reply = await api.list(cursor, PAGE_SIZE)
      if (reply.ok && !cursor) {
        setReadHere(new Set())
        tell(reply.data.unread)
      }
      return reply
    })
  }, [api, load, tell])

  const items = list.items.map((m) => (readHere.has(m.id) ? { ...m, read: true } : m))
  const unread = unreadHere ?? list.lastPage?.unread ?? 0

  /** Marks one read on screen now and on the server in the background. */
  const markOne = useCallback(
    (message: MessageView) => {
      if (message.read) return
      setReadHere((s) => new Set(s).add(message.id))
      setUnreadHere((n) => Math.max(0, (n ?? 1) - 1))
      void api.markRead({ ids: [message.id] }).then((reply) => {
        if (reply.ok) tell(reply.data.unread)
      })
    },
    [api, tell],
  )

  const markAll = useCallback(async () => {
    if (markingAll) return
    setMarkingAll(true)
    setMarkError(null)
    const reply = await api.markRead({ all: true })
    setMarkingAll(false)
    if (!reply.ok) return setMarkError(reply.error)
    setReadHere(new Set(list.items.map((m) => m.id)))
    tell(reply.data.unread)
  }, [api, list.items, markingAll, tell])

  return { ...list, items, unread, refresh, markOne, markAll, markingAll, markError }
}
