import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useOnShow } from '../../hooks/useOnShow'
import { MESSAGE_BOXES, showUnreadOnTab, type BoxName } from '../../lib/messageBoxes'
import './index.scss'

interface Props {
  box: BoxName
  /** prefix of the testids: `<id>-entry`, `<id>-count` */
  testId?: string
}

/**
 * The way into a 消息 box, with its unread count, asked afresh each time the page shows.
 * The resident's box also puts the count on the 我的 tab. Shows nothing until it knows.
 */
export default function MessagesEntry({ box, testId = 'messages' }: Props) {
  const [unread, setUnread] = useState<number | null>(null)
  const latest = useRef(0)
  const api = MESSAGE_BOXES[box]

  useOnShow(() => {
    const ticket = ++latest.current
    void api.list(undefined, 1).then((reply) => {
      if (ticket !== latest.current || !reply.ok) return
      setUnread(reply.data.unread)
      if (box === 'resident') showUnreadOnTab(reply.data.unread)
    })
  })

  const open = () => void Taro.navigateTo({ url: api.url })
  return (
    <View className='messages-entry card' data-testid={`${testId}-entry`} role='link' onClick={open}>
      <Text className='messages-entry__title'>消息</Text>
      <Text className={`messages-entry__count${unread ? ' is-unread' : ''}`} data-testid={`${testId}-count`}>
        {unread === null ? '' : unread > 0 ? `${unread > 99 ? '99+' : unread} 条未读` : '没有未读'}
      </Text>
      <Text className='messages-entry__arrow'>›</Text>
    </View>
  )
}
