import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PointView } from '../../../domain/points/api'
import type { ClosedDay } from '../../../domain/booking/api'
import { dayLabel } from '../../lib/bookingText'
import { NoBreakTimes } from '../NoBreakTimes'
import './index.scss'

/** 12月9日（星期三）不开放：社区活动 */
export const closedDayText = (d: ClosedDay) => `${dayLabel(d.date)}不开放${d.reason ? `：${d.reason}` : ''}`

/** The point's closed days ahead, each with its reason, so nobody comes to a shut door. */
export function ClosedDays({ days }: { days: readonly ClosedDay[] }) {
  if (days.length === 0) return null
  return (
    <View className='closed-days' data-testid='closed-days'>
      {days.map((d) => (
        <View key={d.date} className='closed-days__line' data-testid='closed-day'>
          {closedDayText(d)}
        </View>
      ))}
    </View>
  )
}

/** A point that takes no bookings: say so, and how to reach it instead (when it opens, where, its phone). */
export function NoBookings({ point }: { point: PointView & { phone?: string } }) {
  const phone = point.phone?.trim()
  return (
    <View className='no-bookings card' data-testid='no-bookings'>
      <View className='no-bookings__title'>{point.name}不用预约</View>
      <View className='no-bookings__line'>在开放时间直接来就可以，值班的代表和干部当面听您说。</View>
      <View className='no-bookings__row'>
        <Text className='no-bookings__label'>开放时间</Text>
        <Text className='no-bookings__value' data-testid='no-bookings-hours'>
          <NoBreakTimes text={point.openHours} />
        </Text>
      </View>
      <View className='no-bookings__row'>
        <Text className='no-bookings__label'>地址</Text>
        <Text className='no-bookings__value' data-testid='no-bookings-address'>
          {point.address}
        </Text>
      </View>
      {phone ? (
        <View className='no-bookings__row' data-testid='no-bookings-phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
          <Text className='no-bookings__label'>电话</Text>
          <Text className='no-bookings__value no-bookings__phone'>{phone}（点击拨打）</Text>
        </View>
      ) : null}
    </View>
  )
}
