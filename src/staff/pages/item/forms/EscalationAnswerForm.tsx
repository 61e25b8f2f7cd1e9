import { useState } from 'react'
import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { chineseDayOf } from '../../../../../domain/kernel/display-dates'
import { callStaff } from '../../../../api/staff'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { fieldsOf } from '../../../lib/fieldsOf'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'

/** 记录部门答复: what the upper department answered. */
export default function EscalationAnswerForm({ item, onDone, onCancel }: FormProps) {
  const [draft, setDraft] = useState({ answer: '' })
  const input = { action: 'item.escalationAnswer', id: item.id, ...draft }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.escalationAnswer'], input })
  const field = fieldsOf(draft, form.fields, setDraft)
  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.escalationAnswer'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-escalation-answer'>
      {item.escalation ? (
        <View className='sf-note'>
          {chineseDayOf(item.escalation.takenAt) || item.escalation.takenAt} 上报{item.escalation.department}
        </View>
      ) : null}
      <TextInput label='部门答复' testId='form-answer' placeholder='部门怎么答复的，会告知居民' multiline maxLength={500} {...field('answer')} />
      <SubmitBar label='记录答复' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
