import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'

/** The way to the point's 上门走访 requests (styled like the 消息 entry above it). */
export default function HomeVisitsLink() {
  return (
    <View className='messages-entry card' data-testid='workbench-home-visits' role='link' onClick={() => void Taro.navigateTo({ url: '/staff/pages/home-visits/index' })}>
      <Text className='messages-entry__title'>上门走访申请</Text>
      <Text className='messages-entry__count'>安排上门时间</Text>
      <Text className='messages-entry__arrow'>›</Text>
    </View>
  )
}
