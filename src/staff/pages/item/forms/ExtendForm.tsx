import { useState } from 'react'
import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { chineseDate } from '../../../../../domain/kernel/display-dates'
import { mayApproveExtension } from '../../../../../domain/matters/policy'
import { callStaff } from '../../../../api/staff'
import DateField from '../../../components/DateField'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { fieldsOf } from '../../../lib/fieldsOf'
import { useSubmit } from '../../../lib/useSubmit'
import { chinaDateAfter, type FormProps } from './common'

/** 延期: reason, new date and progress; the resident is told. A second one needs a leader. */
export default function ExtendForm({ item, me, onDone, onCancel }: FormProps) {
  // the new date is after the current one (and after today), within a year
  const earliest = [chinaDateAfter(1, item.dueAt ?? new Date()), chinaDateAfter(1)].sort()[1]
  const latest = chinaDateAfter(365)
  const [draft, setDraft] = useState(() => ({ reason: '', dueDate: [chinaDateAfter(7, item.dueAt ?? new Date()), earliest].sort()[1], note: '' }))
  const input = { action: 'item.extend', id: item.id, ...draft }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.extend'], input })
  const field = fieldsOf(draft, form.fields, setDraft)
  // the server's rule: a second extension waits unless the caller leads the matter's point
  const needsApproval = item.extensions.length >= 1 && !(me && mayApproveExtension(me, item))

  const send = async () => {
    if (draft.dueDate && draft.dueDate < earliest) return form.fail('新的期限要晚于现在的期限，请重新选择日期')
    const done = await form.submit(matterStaffEventSchemas['item.extend'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }

  return (
    <View data-testid='form-extend'>
      <View className='sf-note' data-testid='extend-rule'>
        {item.dueAt ? `现在的期限：${chineseDate(item.dueAt)}。` : ''}
        {needsApproval
          ? '这件事已经延期过一次，再次延期需要领导审批；审批前期限不变。'
          : '第一次延期由负责干部决定，居民会收到延期通知；如需再次延期，需要领导审批。'}
      </View>
      <TextInput label='延期理由' testId='form-reason' placeholder='为什么要延期，居民会看到' multiline maxLength={200} {...field('reason')} />
      <DateField label='新的期限' min={earliest} max={latest} hint='到这一天 23:59 前答复居民' {...field('dueDate')} />
      <TextInput label='目前进展' testId='form-note' multiline maxLength={500} placeholder='已经做了什么' {...field('note')} />
      <SubmitBar label={needsApproval ? '提交领导审批' : '确认延期'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
