import MessageBox from '../../components/MessageBox'
import PageShell from '../../components/PageShell'
import { MESSAGE_BOXES, showUnreadOnTab } from '../../lib/messageBoxes'

/** 消息: what happened to my matters, newest first. */
export default function MessagesPage() {
  return (
    <PageShell className='messages-page'>
      <MessageBox api={MESSAGE_BOXES.resident} onUnread={showUnreadOnTab} emptyText='您说的事有了进展，会在这里告诉您。' />
    </PageShell>
  )
}
