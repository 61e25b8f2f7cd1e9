import { useState } from 'react'
import { View } from '@tarojs/components'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import type { StaffHomeVisitView } from '../../../../domain/booking/home-visits-api'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

const DIARY_CHOICES = [
  { value: 'yes', label: '同时写民情日记' },
  { value: 'no', label: '只登记已上门' },
] as const

/**
 * 已上门: the visit took place; with it, if the cadre wishes, the 民情日记 entry (主动家访 at
 * the resident's address on the visit's date): whom they met, what they heard, what was done.
 */
export default function DoneForm({ visit, onDone, onCancel }: { visit: StaffHomeVisitView; onDone: (v: StaffHomeVisitView | null) => void; onCancel: () => void }) {
  const [requestId] = useState(newRequestId)
  const [write, setWrite] = useState<'yes' | 'no'>('yes')
  const [met, setMet] = useState('')
  const [heard, setHeard] = useState('')
  const [done, setDone] = useState('')
  const schema = bookingStaffEventSchemas['homeVisit.done']
  const input = {
    action: 'homeVisit.done' as const,
    id: visit.id,
    requestId,
    ...(write === 'yes' ? { diary: { met, heard, ...(done.trim() ? { done } : {}) } } : {}),
  }
  const { busy, error, fields, submit } = useSubmit({ schema, input })
  const go = async () => {
    const saved = await submit(schema, input, (e) => callStaff(e))
    if (saved) onDone(saved)
  }
  return (
    <View className='hv-schedule' data-testid='hv-done-form'>
      <Options label='民情日记' options={DIARY_CHOICES} value={write} testPrefix='hv-done-diary' wide onChange={setWrite} />
      {write === 'yes' ? (
        <>
          <TextInput label='见到的人' testId='hv-done-met' value={met} error={fields['diary.met']} maxLength={30} placeholder='例如：刘阿姨本人和她女儿' onChange={setMet} />
          <TextInput label='听到的情况' testId='hv-done-heard' value={heard} error={fields['diary.heard']} maxLength={1000} multiline placeholder='居民说了什么、家里的情况（不写手机号和身份证号）' onChange={setHeard} />
          <TextInput label='办了什么、答应了什么' testId='hv-done-done' value={done} error={fields['diary.done']} optional maxLength={500} multiline placeholder='例如：带去申请表，下周帮忙递交' onChange={setDone} />
        </>
      ) : null}
      <SubmitBar label='确定已上门' busy={busy} error={error} onSubmit={go} onCancel={onCancel} testId='hv-done-submit' />
    </View>
  )
}
