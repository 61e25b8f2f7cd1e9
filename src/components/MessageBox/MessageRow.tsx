import { Text, View } from '@tarojs/components'
import type { MessageView } from '../../../domain/messages/api'
import { formatMessageTime } from '../../lib/messageTime'

/** One message: a dot while unread, its title, what it says and when. Tap to open. */
export default function MessageRow({ message, onOpen }: { message: MessageView; onOpen: (m: MessageView) => void }) {
  return (
    <View
      className={`message-row card${message.read ? '' : ' is-unread'}`}
      data-testid='message-row'
      aria-label={message.read ? message.title : `未读：${message.title}`}
      onClick={() => onOpen(message)}
    >
      <View className='message-row__top'>
        {message.read ? null : <View className='message-row__dot' data-testid='message-unread-dot' />}
        <Text className='message-row__title'>{message.title}</Text>
        <Text className='message-row__arrow'>›</Text>
      </View>
      <Text className='message-row__body'>{message.body}</Text>
      <Text className='message-row__time'>{formatMessageTime(message.createdAt)}</Text>
    </View>
  )
}
