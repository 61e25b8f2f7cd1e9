import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { HomeVisitView } from '../../../domain/booking/home-visits-api'
import { VISIT_TIME_WORDS } from '../../../domain/booking/home-visits'
import { dayLabel } from '../../lib/bookingText'

/** 已提交: what was asked, and what happens next. */
export default function HomeVisitDone({ visit }: { visit: HomeVisitView }) {
  return (
    <View className='booking-done card' data-testid='hv-done'>
      <View className='booking-done__icon'>✓</View>
      <View className='booking-done__title'>上门走访申请已提交</View>
      <View className='booking-done__row'>
        <Text className='booking-done__label'>地址</Text>
        <Text className='booking-done__value'>{visit.address}</Text>
      </View>
      <View className='booking-done__row'>
        <Text className='booking-done__label'>事由</Text>
        <Text className='booking-done__value'>{visit.topic}</Text>
      </View>
      <View className='booking-done__row'>
        <Text className='booking-done__label'>方便</Text>
        <Text className='booking-done__value'>
          {visit.preferred.dates.map(dayLabel).join('、')} {VISIT_TIME_WORDS[visit.preferred.time]}
        </Text>
      </View>
      <View className='booking-done__note'>{visit.pointName}的干部会尽快安排时间，安排好了会发消息告诉您，在「我的」里也能看到。</View>
      <Button type='primary' size='xlarge' block data-testid='hv-done-mine' onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
        查看我的申请
      </Button>
    </View>
  )
}
