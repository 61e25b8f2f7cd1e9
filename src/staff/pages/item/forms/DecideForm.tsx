import { useState } from 'react'
import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { callStaff } from '../../../../api/staff'
import DateField from '../../../components/DateField'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { fieldsOf } from '../../../lib/fieldsOf'
import { useSubmit } from '../../../lib/useSubmit'
import { chinaToday, registeredOn, type FormProps } from './common'

/** 议定: the deciding body's meeting and what it decided. */
export default function DecideForm({ item, onDone, onCancel }: FormProps) {
  const [draft, setDraft] = useState(() => ({ meetingDate: chinaToday(), decision: '' }))
  const input = { action: 'item.decide', id: item.id, ...draft }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.decide'], input })
  const field = fieldsOf(draft, form.fields, setDraft)
  const body = item.decidingBody ?? '会议'
  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.decide'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-decide'>
      <DateField label={`${body}会议日期`} min={registeredOn(item)} max={chinaToday()} hint='会议开过之后再记录（不晚于今天）' {...field('meetingDate')} />
      <TextInput label='议定结果' testId='form-decision' multiline maxLength={500} placeholder={`${body}研究决定了什么`} {...field('decision')} />
      <SubmitBar label='记录议定结果' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
