import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { scheduleEventSchemas } from '../../../../domain/schedule/schemas'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import type { MoveChoice, StrandedBooking } from '../../../../domain/schedule/api'
import { callStaff } from '../../../api/staff'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import { EmptyState } from '../../../components/States'
import Field from '../../components/Field'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

interface Props {
  booking: StrandedBooking
  onDone: (text: string) => void
  onCancel: () => void
}

/** The reason the resident reads: why their time changed (editable, starts from why it was stranded). */
function ReasonInput({ value, error, onChange }: { value: string; error?: string; onChange: (v: string) => void }) {
  return <TextInput label='原因（居民会看到）' testId='stranded-reason' placeholder='如：当天社区开会，说事点暂停' maxLength={100} value={value} error={error} onChange={onChange} />
}

/** 改约: another 约访 slot with a place left, chosen by tapping it. */
export function MoveForm({ booking, choices, onDone, onCancel }: Props & { choices: MoveChoice[] }) {
  const [slotId, setSlotId] = useState('')
  const [reason, setReason] = useState(booking.reason)
  const input = { action: 'booking.move', id: booking.id, slotId: slotId || undefined, reason }
  const form = useSubmit({ schema: scheduleEventSchemas['booking.move'], input })
  const send = async () => {
    const moved = await form.submit(scheduleEventSchemas['booking.move'], input, (event) => callStaff(event))
    if (moved) onDone(`已改到 ${dayLabel(moved.date)} ${timeRange(moved.start, moved.end)}`)
  }
  const open = choices.filter((o) => o.slots.length > 0)
  return (
    <View data-testid='move-form'>
      <View className='sf-note'>
        原预约：{dayLabel(booking.date)} {timeRange(booking.start, booking.end)}，{booking.name}（{booking.topic}）
      </View>
      <Field label='改到' error={form.fields.slotId}>
        {open.length === 0 ? <EmptyState title='近期没有可约的时段' description='可以先在「每周」或「特殊安排」里加开，或取消这个预约' /> : null}
        {open.map((o) => (
          <View key={o.id} className='sched-choice'>
            <Text className='sched-choice__day'>
              {dayLabel(o.date)} {timeRange(o.start, o.end)}
            </Text>
            <View className='sched-choice__slots' role='radiogroup'>
              {o.slots.map((s) => {
                const full = s.left <= 0
                return (
                  <View
                    key={s.id}
                    className={`sf-chip${s.id === slotId ? ' is-selected' : ''}${full ? ' is-disabled' : ''}`}
                    role='radio'
                    aria-checked={s.id === slotId}
                    aria-disabled={full}
                    data-testid='move-slot'
                    data-slot={s.id}
                    onClick={() => !full && setSlotId(s.id)}
                  >
                    {timeRange(s.start, s.end)} {full ? '已约满' : `剩 ${s.left}`}
                  </View>
                )
              })}
            </View>
          </View>
        ))}
      </Field>
      <ReasonInput value={reason} error={form.fields.reason} onChange={setReason} />
      <SubmitBar label='确认改约' busy={form.busy} error={form.error} testId='move-submit' onSubmit={() => void send()} onCancel={onCancel} />
    </View>
  )
}

/** 取消: with a reason the resident reads; the place is freed. */
export function CancelForm({ booking, onDone, onCancel }: Props) {
  const [reason, setReason] = useState(booking.reason)
  const input = { action: 'booking.cancelByStaff', id: booking.id, reason }
  const form = useSubmit({ schema: bookingStaffEventSchemas['booking.cancelByStaff'], input })
  const send = async () => {
    const done = await form.submit(bookingStaffEventSchemas['booking.cancelByStaff'], input, (event) => callStaff(event))
    if (done) onDone('已取消，居民会看到原因')
  }
  return (
    <View data-testid='cancel-form'>
      <View className='sf-note'>
        取消 {dayLabel(booking.date)} {timeRange(booking.start, booking.end)} {booking.name} 的预约。居民在「我的」里会看到取消和原因，可以重新预约。
      </View>
      <ReasonInput value={reason} error={form.fields.reason} onChange={setReason} />
      <SubmitBar label='确认取消预约' busy={form.busy} error={form.error} testId='cancel-submit' onSubmit={() => void send()} onCancel={onCancel} />
    </View>
  )
}
