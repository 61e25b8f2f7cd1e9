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

/** 上报上级 (代理办事): the responsible cadre takes the matter to an upper department. */
export default function EscalateForm({ item, onDone, onCancel }: FormProps) {
  const [draft, setDraft] = useState(() => ({ department: '', takenAt: chinaToday() }))
  const input = { action: 'item.escalate', id: item.id, ...draft }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.escalate'], input })
  const field = fieldsOf(draft, form.fields, setDraft)
  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.escalate'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-escalate'>
      <View className='sf-note'>由负责干部代居民上报，至少每周跟进一次；部门答复后请在本页记录。</View>
      <TextInput label='上级部门' testId='form-department' maxLength={50} placeholder='例如 区住建局' {...field('department')} />
      <DateField label='上报日期' min={registeredOn(item)} max={chinaToday()} hint='哪一天把事项交给了上级部门（不晚于今天）' {...field('takenAt')} />
      <SubmitBar label='记录上报' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
