import MessageBox from '../../../components/MessageBox'
import PageShell from '../../../components/PageShell'
import { MESSAGE_BOXES, showUnreadOnTab } from '../../../lib/messageBoxes'

/** 消息 for cadres and leaders: new matters, transfers, 回访, due and overdue reminders. */
export default function StaffMessagesPage() {
  return (
    <PageShell className='messages-page'>
      <MessageBox api={MESSAGE_BOXES.staff} onUnread={showUnreadOnTab} emptyText='新分派、转办、到期和逾期提醒会在这里告诉您。' />
    </PageShell>
  )
}
