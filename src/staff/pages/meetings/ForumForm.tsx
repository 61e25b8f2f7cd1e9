import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import type { MeetingView } from '../../../../domain/meetings/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import DateField from '../../components/DateField'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

const schema = meetingEventSchemas['meetings.forum']

/** 召开座谈会 (干部问事): the day and what it is about. It decides nothing: the opinions heard are recorded afterwards. */
export default function ForumForm({ pointCode, onDone, onCancel }: { pointCode: string; onDone: (m: MeetingView) => void; onCancel: () => void }) {
  const [date, setDate] = useState(() => chinaYmd(new Date()))
  const [topic, setTopic] = useState('')
  const requestId = useRef(newRequestId())
  const input = { action: 'meetings.forum', requestId: requestId.current, pointCode, date, topic }
  const form = useSubmit({ schema, input })
  const send = async () => {
    const made = await form.submit(schema, input, (event) => callStaff(event))
    if (made) onDone(made)
  }
  return (
    <View data-testid='form-forum'>
      <View className='sf-note'>座谈会听取群众意见，不议定事项；开完后记录意见，选中的可以一步转为诉求。</View>
      <TextInput label='座谈主题' testId='forum-topic' maxLength={50} value={topic} error={form.fields.topic} placeholder='如：小区停车和环境' onChange={setTopic} />
      <DateField label='座谈日期' value={date} min={chinaYmd(new Date(), -365)} max={chinaYmd(new Date(), 365)} hint='可以补记已经开过的座谈会' error={form.fields.date} onChange={setDate} />
      <SubmitBar label='召开座谈会' busy={form.busy} error={form.error} onSubmit={() => void send()} onCancel={onCancel} testId='forum-submit' />
    </View>
  )
}
