import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { callStaff } from '../../../../api/staff'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { fieldsOf } from '../../../lib/fieldsOf'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'

/** 进展: a note on the timeline, told to the resident or kept internal; may tick off a step. */
export default function ProgressForm({ item, onDone, onCancel, stepIndex }: FormProps & { stepIndex?: number }) {
  const step = stepIndex === undefined ? null : item.steps[stepIndex]
  const [draft, setDraft] = useState({ note: step ? `「${step.title}」已完成` : '', visibleToResident: true })
  const input = { action: 'item.progress', id: item.id, ...draft, ...(stepIndex === undefined ? {} : { stepIndex }) }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.progress'], input })
  const field = fieldsOf(draft, form.fields, setDraft)
  const visible = field('visibleToResident')

  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.progress'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }

  return (
    <View data-testid='form-progress'>
      {step ? <View className='sf-note'>完成第 {(stepIndex ?? 0) + 1} 步：{step.title}</View> : null}
      <TextInput label={step ? '完成情况' : '进展情况'} testId='form-note' multiline maxLength={500} placeholder='做了什么、到了哪一步' {...field('note')} />
      <View className='progress-visible'>
        <View className='progress-visible__text'>
          <Text className='progress-visible__label'>告知居民</Text>
          <Text className='sf-muted'>{visible.value ? '居民能在办理进度里看到' : '仅工作人员可见（标为「内部」）'}</Text>
        </View>
        <View data-testid='form-visible' className='progress-visible__switch'>
          <Switch checked={visible.value} onChange={visible.onChange} />
        </View>
      </View>
      <SubmitBar label={step ? '确认完成' : '记录进展'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
