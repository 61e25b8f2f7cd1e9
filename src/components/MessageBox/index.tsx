import { useRef } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MessageView } from '../../../domain/messages/api'
import type { MessageBoxApi } from '../../lib/messageBoxes'
import ListFooter from '../ListFooter'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../States'
import MessageRow from './MessageRow'
import { useMessageBox } from './useMessageBox'
import './index.scss'

interface Props {
  api: MessageBoxApi
  /** every new unread count (the resident's box shows it on the 我的 tab) */
  onUnread?: (unread: number) => void
  emptyText: string
}

/** The tab bar's pages (app.config.ts). */
const TAB_PAGES = ['/pages/index/index', '/pages/mine/index']

/** 消息: newest first, a page at a time; tap one to read it and open its matter; 全部已读. */
export default function MessageBox({ api, onUnread, emptyText }: Props) {
  const box = useMessageBox(api, onUnread)
  const opening = useRef(false)

  // On every show: back from a matter, the list and the count are the server's again.
  useDidShow(() => {
    opening.current = false
    void box.refresh()
  })
  usePullDownRefresh(() => void box.refresh().finally(() => Taro.stopPullDownRefresh()))

  const open = (message: MessageView) => {
    if (opening.current) return
    opening.current = true
    box.markOne(message)
    const url = `/${message.page.replace(/^\/+/, '')}`
    // a booking's message opens 我的, a tab page: those are switched to, not pushed
    const go = TAB_PAGES.includes(url.split('?')[0]) ? Taro.switchTab({ url: url.split('?')[0] }) : Taro.navigateTo({ url })
    go.catch(() => {
      opening.current = false
      void Taro.showToast({ title: '这条消息的页面打不开了', icon: 'none' }).catch(() => undefined)
    })
  }

  if (!box.loaded && box.error) return <ErrorState error={box.error} onRetry={() => void box.refresh()} />
  if (!box.loaded) return <LoadingState />
  if (box.items.length === 0) return <EmptyState title='还没有消息' description={emptyText} testId='messages-empty' />

  return (
    <View className='message-box'>
      <View className='message-box__head'>
        <Text className='message-box__unread' data-testid='messages-unread'>
          {box.unread > 0 ? `${box.unread} 条未读` : '没有未读消息'}
        </Text>
        {box.unread > 0 ? (
          <Button
            size='normal'
            className='message-box__read-all'
            data-testid='messages-read-all'
            loading={box.markingAll}
            disabled={box.markingAll}
            onClick={() => void box.markAll()}
          >
            全部已读
          </Button>
        ) : null}
      </View>
      {box.error ? <InlineAlert message={`刷新失败：${box.error.message}`} testId='messages-refresh-error' /> : null}
      {box.markError ? <InlineAlert message={box.markError.message} testId='messages-mark-error' /> : null}
      <View data-testid='message-list'>
        {box.items.map((m) => (
          <MessageRow key={m.id} message={m} onOpen={open} />
        ))}
      </View>
      <ListFooter more={Boolean(box.nextCursor)} loading={box.loadingMore} error={box.moreError} onMore={box.loadMore} errorTestId='messages-more-error' />
    </View>
  )
}
