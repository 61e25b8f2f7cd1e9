import type { ReactNode } from 'react'
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

/** One line of a point's card: what (地址, 开放时间) and its value; `block` names the card's classes. */
export function PointRow({ block, label, testId, children }: { block: string; label: string; testId: string; children: ReactNode }) {
  return (
    <View className={`${block}__row`}>
      <Text className={`${block}__label`}>{label}</Text>
      <Text className={`${block}__value`} data-testid={testId}>
        {children}
      </Text>
    </View>
  )
}

/** The point's phone as a line of its card: a tap dials it. */
export function PhoneRow({ block, phone, testId }: { block: string; phone: string; testId: string }) {
  return (
    <View className={`${block}__row`} data-testid={testId} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
      <Text className={`${block}__label`}>电话</Text>
      <Text className={`${block}__value ${block}__phone`}>{phone}（点击拨打）</Text>
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
      <PointRow block='no-bookings' label='开放时间' testId='no-bookings-hours'>
        <NoBreakTimes text={point.openHours} />
      </PointRow>
      <PointRow block='no-bookings' label='地址' testId='no-bookings-address'>
        {point.address}
      </PointRow>
      {phone ? <PhoneRow block='no-bookings' phone={phone} testId='no-bookings-phone' /> : null}
    </View>
  )
}
