import { useState } from 'react'
import { View } from '@tarojs/components'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import type { StaffHomeVisitView } from '../../../../domain/booking/home-visits-api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { HOME_VISITS } from '../../../../domain/policy/defaults'
import { callStaff } from '../../../api/staff'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

const MORNING = ['09:00', '09:30', '10:00', '10:30', '11:00'] as const
const AFTERNOON = ['14:00', '14:30', '15:00', '15:30', '16:00', '16:30'] as const
const toOptions = (times: readonly string[]) => times.map((t) => ({ value: t, label: t }))

/** The first of the resident's days still ahead, else tomorrow. */
function suggestedDate(v: StaffHomeVisitView): string {
  const tomorrow = chinaYmd(new Date(), 1)
  return v.preferred.dates.find((d) => d >= tomorrow) ?? tomorrow
}

/** 我来上门: the date on a picker, the time from the half of the day the resident asked for. */
export default function ScheduleForm({ visit, onDone, onCancel }: { visit: StaffHomeVisitView; onDone: (v: StaffHomeVisitView | null) => void; onCancel: () => void }) {
  const [date, setDate] = useState(() => suggestedDate(visit))
  const [time, setTime] = useState<string | null>(null)
  const input = { action: 'homeVisit.schedule' as const, id: visit.id, date, time: time ?? '' }
  const { busy, error, fields, submit } = useSubmit({ schema: bookingStaffEventSchemas['homeVisit.schedule'], input })

  const go = async () => {
    const done = await submit(bookingStaffEventSchemas['homeVisit.schedule'], input, (e) => callStaff(e))
    if (done) onDone(done)
  }
  const times = visit.preferred.time === 'am' ? MORNING : visit.preferred.time === 'pm' ? AFTERNOON : [...MORNING, ...AFTERNOON]

  return (
    <View className='hv-schedule' data-testid='hv-schedule-form'>
      <DateField label='上门日期' value={date} error={fields.date} min={chinaYmd(new Date())} max={chinaYmd(new Date(), HOME_VISITS.scheduleWithinDays)} testId='hv-schedule-date' onChange={setDate} />
      <Options label='上门时间' options={toOptions(times)} value={time} testPrefix='hv-schedule-time' error={fields.time} onChange={setTime} />
      <SubmitBar label='确定上门时间' busy={busy} error={error} onSubmit={go} onCancel={onCancel} testId='hv-schedule-submit' />
    </View>
  )
}
