import { useState } from 'react'
import { View } from '@tarojs/components'
import { staffEventSchemas } from '../../../../../domain/staff-schemas'
import { formatChinaDate } from '../../../../../domain/time'
import { callStaff } from '../../../../api/staff'
import DateField from '../../../components/DateField'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { isLeader } from '../../../lib/me'
import { useSubmit } from '../../../lib/useSubmit'
import { chinaDateAfter, chinaToday, type FormProps } from './common'

/** 延期: reason, new date and progress; the resident is told. A second one needs a leader. */
export default function ExtendForm({ item, me, onDone, onCancel }: FormProps) {
  const [reason, setReason] = useState('')
  const [dueDate, setDueDate] = useState(() => chinaDateAfter(7, item.dueAt ?? new Date()))
  const [note, setNote] = useState('')
  const form = useSubmit()
  const needsApproval = item.extensions.length >= 1 && !isLeader(me)

  const send = async () => {
    const done = await form.submit(
      staffEventSchemas['item.extend'],
      { action: 'item.extend', id: item.id, reason, dueDate: dueDate.trim(), note },
      (event) => callStaff(event),
    )
    if (done) onDone(done)
  }

  return (
    <View data-testid='form-extend'>
      <View className='sf-note' data-testid='extend-rule'>
        {item.dueAt ? `现在的期限：${formatChinaDate(item.dueAt)}。` : ''}
        {needsApproval
          ? '这件事已经延期过一次，再次延期需要领导审批；审批前期限不变。'
          : '第一次延期由负责干部决定，居民会收到延期通知；如需再次延期，需要领导审批。'}
      </View>
      <TextInput label='延期理由' testId='form-reason' multiline maxLength={200} value={reason} error={form.fields.reason} onChange={setReason} />
      <DateField
        label='新的期限'
        value={dueDate}
        start={chinaToday()}
        error={form.fields.dueDate}
        hint='到这一天 23:59 前答复居民'
        onChange={setDueDate}
      />
      <TextInput
        label='目前进展'
        testId='form-note'
        multiline
        maxLength={500}
        value={note}
        error={form.fields.note}
        placeholder='已经做了什么'
        onChange={setNote}
      />
      <SubmitBar label={needsApproval ? '提交领导审批' : '确认延期'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
