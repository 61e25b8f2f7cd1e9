import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import type { TripGroup, TripView } from '../../../../domain/meetings/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { TRIP_OVERDUE_WORDS } from '../../../../domain/meetings/trips'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import DateField from '../../components/DateField'
import PickList from '../../components/PickList'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'
import { departmentLabel, waitText } from './PendingGroups'

/** 安排跑办: the day, and the matters to take; the flagged ones are ticked to begin with. */
export default function PlanForm({ pointCode, groups, onDone, onCancel }: {
  pointCode: string
  groups: TripGroup[]
  onDone: (t: TripView) => void
  onCancel: () => void
}) {
  const items = groups.flatMap((g) => g.items)
  const [date, setDate] = useState(() => chinaYmd(new Date()))
  const [itemIds, setItemIds] = useState<string[]>(() => items.filter((i) => i.overdueTrip).map((i) => i.id))
  const requestId = useRef(newRequestId())
  const input = { action: 'trips.plan', requestId: requestId.current, pointCode, date, itemIds }
  const schema = meetingEventSchemas['trips.plan']
  const form = useSubmit({ schema, input })
  const send = async () => {
    const made = await form.submit(schema, input, (event) => callStaff(event))
    if (made) onDone(made)
  }
  return (
    <View data-testid='form-plan-trip'>
      <DateField
        label='跑办日期'
        value={date}
        min={chinaYmd(new Date(), -30)}
        max={chinaYmd(new Date(), 30)}
        hint='每件上报的事项至少每周跑一次'
        error={form.fields.date}
        onChange={setDate}
      />
      <PickList
        label='带去的事项'
        items={items.map((i) => ({
          id: i.id,
          title: `${i.no} ${departmentLabel(i.department)}`,
          detail: i.excerpt,
          tag: i.overdueTrip ? TRIP_OVERDUE_WORDS : waitText(i),
        }))}
        selected={itemIds}
        error={form.fields.itemIds}
        onChange={setItemIds}
      />
      <SubmitBar label='安排跑办' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
