import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DutyCadreView } from '../../../../domain/duty/api'
import { callStaff } from '../../../api/staff'
import { dayLabel } from '../../../lib/bookingText'

/** 请假、外出: the periods registered (managers see everyone's, a cadre their own), each with 取消. */
export default function AwayList({ people, onChanged }: { people: DutyCadreView[]; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const rows = people.flatMap((p) => p.away.map((a) => ({ ...a, openid: p.openid, name: p.name })))
  if (rows.length === 0) return null

  const clear = async (openid: string, from: string) => {
    if (busy) return
    setBusy(true)
    const r = await callStaff({ action: 'staff.clearAway', openid, from })
    setBusy(false)
    Taro.showToast({ title: r.ok ? '已取消' : r.error.message, icon: 'none' })
    if (r.ok) onChanged()
  }

  return (
    <View className='duty-aways card' data-testid='duty-aways'>
      <View className='sf-card-title'>请假、外出</View>
      {rows.map((a) => (
        <View key={`${a.openid}-${a.from}`} className='duty-away' data-testid='duty-away-row'>
          <Text className='duty-away__text'>
            {a.name}：{dayLabel(a.from)}
            {a.to !== a.from ? ` 至 ${dayLabel(a.to)}` : ''}，{a.reason}
          </Text>
          <View className='duty-away__clear' role='button' onClick={() => void clear(a.openid, a.from)}>
            取消
          </View>
        </View>
      ))}
    </View>
  )
}
