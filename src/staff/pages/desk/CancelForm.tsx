import { useState } from 'react'
import { View } from '@tarojs/components'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import type { DeskBooking } from '../../../../domain/booking/api'
import { callStaff } from '../../../api/staff'
import { timeRange } from '../../../lib/bookingText'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { fieldsOf } from '../../lib/fieldsOf'
import { useSubmit } from '../../lib/useSubmit'

const schema = bookingStaffEventSchemas['booking.cancelByStaff']

/** 取消 a resident's booking: the reason is required, and the resident sees it. */
export default function CancelForm({ booking, onDone, onCancel }: { booking: DeskBooking; onDone: (b: DeskBooking) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState({ reason: '' })
  const input = { action: 'booking.cancelByStaff', id: booking.id, ...draft }
  const form = useSubmit({ schema, input })
  const field = fieldsOf(draft, form.fields, setDraft)
  const send = async () => {
    const done = await form.submit(schema, input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-cancel-booking'>
      <View className='sf-note'>
        取消 {booking.name} {timeRange(booking.start, booking.end)} 的预约。居民会在「我的」里看到取消原因，可以另约时间；名额会让出来。
      </View>
      <TextInput label='取消原因' testId='form-reason' multiline maxLength={100} placeholder='例如 值班干部临时外出开会，请另约时间' {...field('reason')} />
      <SubmitBar label='取消预约' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
