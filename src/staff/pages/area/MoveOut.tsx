import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { HouseholdView } from '../../../../domain/areas/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { areaEventSchemas } from '../../../../domain/areas/schemas'
import { callStaff } from '../../../api/staff'
import DateField from '../../components/DateField'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

/** 迁出: the day the household left; it stays in the records for the monthly ledger. */
export default function MoveOut({ household, onDone, onCancel }: { household: HouseholdView; onDone: () => void; onCancel: () => void }) {
  const today = chinaYmd(new Date())
  const [at, setAt] = useState(today)
  const input = { action: 'households.moveOut' as const, id: household.id, at }
  const form = useSubmit({ schema: areaEventSchemas['households.moveOut'], input })
  const send = async () => {
    const done = await form.submit(areaEventSchemas['households.moveOut'], input, (e) => callStaff(e))
    if (!done) return
    Taro.showToast({ title: '已登记迁出', icon: 'success' })
    onDone()
  }
  return (
    <View className='card' data-testid='household-move-out'>
      <View className='sf-note'>{household.address}（户主 {household.head}）搬走了？登记迁出后不再算在片区住户里，记录留在月台账。</View>
      <DateField label='迁出日期' testId='move-out-date' value={at} min={household.createdAt.slice(0, 10)} max={today} error={form.fields.at} onChange={setAt} />
      <SubmitBar label='登记迁出' busy={form.busy} error={form.error} onSubmit={() => void send()} onCancel={onCancel} testId='move-out-submit' />
    </View>
  )
}
