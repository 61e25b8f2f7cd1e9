import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BookingView } from '../../../domain/booking/api'
import type { PointView } from '../../../domain/points/api'
import { BOOKING_RULES } from '../../../domain/policy/defaults'
import { dayLabel, placeLine, timeRange } from '../../lib/bookingText'
import { onDutyText } from '../../lib/dutyText'

/** 预约成功: when, where, who receives them, what about, and how to cancel. */
export default function BookingDone({ booking, point, onAgain }: { booking: BookingView; point: PointView; onAgain: () => void }) {
  return (
    <View className='booking-done card' data-testid='booking-done'>
      <View className='booking-done__icon'>✓</View>
      <View className='booking-done__title'>预约成功</View>
      <View className='booking-done__row' data-testid='done-when'>
        <Text className='booking-done__label'>时间</Text>
        <Text className='booking-done__value'>
          {dayLabel(booking.date)} {timeRange(booking.start, booking.end)}
        </Text>
      </View>
      <View className='booking-done__row' data-testid='done-place'>
        <Text className='booking-done__label'>地点</Text>
        <Text className='booking-done__value'>
          {placeLine(booking.pointName || point.name, point.address)}
        </Text>
      </View>
      <View className='booking-done__row' data-testid='done-duty'>
        <Text className='booking-done__label'>接待</Text>
        <Text className='booking-done__value'>{onDutyText(booking.onDuty)}</Text>
      </View>
      <View className='booking-done__row'>
        <Text className='booking-done__label'>事由</Text>
        <Text className='booking-done__value'>
          {booking.category}：{booking.topic}
        </Text>
      </View>
      <View className='booking-done__note'>
        请按时到说事点。来不了的话，开始前 {BOOKING_RULES.cancelUntilHours} 小时之前可以在「我的 → 我的预约」里点「取消预约」；开始前 {BOOKING_RULES.cancelUntilHours} 小时内请直接联系说事点。
      </View>
      <Button type='primary' size='xlarge' block data-testid='done-mine' onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
        查看我的预约
      </Button>
      <Button size='xlarge' block className='booking-done__again' data-testid='done-again' onClick={onAgain}>
        再约一个时段
      </Button>
    </View>
  )
}
