import { useState } from 'react'
import { View } from '@tarojs/components'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

/** 取消上门: with a reason the resident reads in their message and in 我的. */
export default function CancelVisitForm({ bookingId, onDone, onCancel }: { bookingId: string; onDone: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const schema = bookingStaffEventSchemas['booking.cancelByStaff']
  const input = { action: 'booking.cancelByStaff' as const, id: bookingId, reason }
  const { busy, error, fields, submit } = useSubmit({ schema, input })
  const go = async () => {
    if (await submit(schema, input, (e) => callStaff(e))) onDone()
  }
  return (
    <View className='hv-schedule' data-testid='hv-cancel-form'>
      <TextInput label='取消原因（居民会看到）' testId='hv-cancel-reason' value={reason} error={fields.reason} maxLength={100} placeholder='例如：临时要去镇里开会，请重新申请' onChange={setReason} />
      <SubmitBar label='确定取消上门' busy={busy} error={error} onSubmit={go} onCancel={onCancel} testId='hv-cancel-submit' />
    </View>
  )
}
