import Taro from '@tarojs/taro'
import type { MessagePage } from '../../domain/messages/api'
import { callResident } from '../api/resident'
import type { ClientResult } from '../api/result'
import { callStaff } from '../api/staff'

export type MarkRead = { ids: string[] } | { all: true }

/** One 消息 box: the same actions in the `resident` and the `staff` function. */
export interface MessageBoxApi {
  list(cursor?: string, limit?: number): Promise<ClientResult<MessagePage>>
  markRead(which: MarkRead): Promise<ClientResult<{ unread: number }>>
  /** the page that shows it */
  url: string
}

const page = (cursor?: string, limit?: number) => ({ ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) })

export const MESSAGE_BOXES = {
  resident: {
    list: (cursor, limit) => callResident({ action: 'messages.list', ...page(cursor, limit) }),
    markRead: (which) => callResident({ action: 'messages.markRead', ...which }),
    url: '/pages/messages/index',
  },
  staff: {
    list: (cursor, limit) => callStaff({ action: 'messages.list', ...page(cursor, limit) }),
    markRead: (which) => callStaff({ action: 'messages.markRead', ...which }),
    url: '/staff/pages/messages/index',
  },
} satisfies Record<string, MessageBoxApi>

export type BoxName = keyof typeof MESSAGE_BOXES

/** The 我的 tab, where the unread count shows. */
const MINE_TAB = 1

/**
 * Shows `unread` on the 我的 tab (or clears it). WeChat refuses it on a page without the
 * tab bar; the tab pages set it again when they show.
 */
export function showUnreadOnTab(unread: number): void {
  const done =
    unread > 0 ? Taro.setTabBarBadge({ index: MINE_TAB, text: unread > 99 ? '99+' : String(unread) }) : Taro.removeTabBarBadge({ index: MINE_TAB })
  void Promise.resolve(done).catch(() => undefined)
}

/** Asks how many messages are unread (one message's worth of reading) and shows it on the tab. */
export async function refreshUnreadBadge(): Promise<number | null> {
  const reply = await MESSAGE_BOXES.resident.list(undefined, 1)
  if (!reply.ok) return null
  showUnreadOnTab(reply.data.unread)
  return reply.data.unread
}
