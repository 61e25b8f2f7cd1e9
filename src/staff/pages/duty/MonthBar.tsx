import { Text, View } from '@tarojs/components'
import { monthLabel, shiftMonth } from '../../../lib/dutyText'

/** 上月 · 2026年12月 · 下月: months are picked by stepping, never typed. */
export default function MonthBar({ month, onPick }: { month: string; onPick: (month: string) => void }) {
  return (
    <View className='duty-month' data-testid='duty-month'>
      <View className='duty-month__step' role='button' data-testid='duty-month-prev' onClick={() => onPick(shiftMonth(month, -1))}>
        ‹ 上月
      </View>
      <Text className='duty-month__label' data-testid='duty-month-label'>
        {monthLabel(month)}
      </Text>
      <View className='duty-month__step' role='button' data-testid='duty-month-next' onClick={() => onPick(shiftMonth(month, 1))}>
        下月 ›
      </View>
    </View>
  )
}
