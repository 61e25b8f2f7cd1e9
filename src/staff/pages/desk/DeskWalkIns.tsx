import { Text, View } from '@tarojs/components'
import type { DeskWalkIn } from '../../../../domain/booking/api'
import { STATUS_LABELS } from '../../../../domain/matters/status'

/** The day's 代登记 at the desk, as they came; each opens its matter. */
export default function DeskWalkIns({ walkIns, onOpen }: { walkIns: DeskWalkIn[]; onOpen: (id: string) => void }) {
  if (walkIns.length === 0) return null
  return (
    <View className='desk-opening' data-testid='desk-walk-ins'>
      <View className='section-title desk-opening__title'>当天代登记（{walkIns.length} 件）</View>
      {walkIns.map((w) => (
        <View key={w.id} className='desk-row card' data-testid='desk-walk-in-row' role='link' onClick={() => onOpen(w.id)}>
          <View className='desk-row__top'>
            <Text className='desk-row__time'>{w.at}</Text>
            <Text className='desk-row__status'>{STATUS_LABELS[w.status]}</Text>
          </View>
          <View className='desk-row__who'>
            {w.name} · {w.category}
          </View>
          <View className='desk-row__topic'>
            登记编号 {w.no} · {w.assigneeName}负责
          </View>
        </View>
      ))}
    </View>
  )
}
