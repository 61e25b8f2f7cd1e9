import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './DutyEntry.scss'

/** The way into 值班表: the month's roster, swaps and away days. */
export default function DutyEntry() {
  return (
    <View className='duty-entry card' data-testid='duty-entry' role='link' onClick={() => void Taro.navigateTo({ url: '/staff/pages/duty/index' })}>
      <View className='duty-entry__text'>
        <Text className='duty-entry__title'>值班表</Text>
        <Text className='duty-entry__sub'>轮流值班、换班、请假外出</Text>
      </View>
      <Text className='duty-entry__arrow'>›</Text>
    </View>
  )
}
