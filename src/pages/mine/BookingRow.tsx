import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BookingView } from '../../../domain/booking/api'
import { BOOKING_SHOWN_WORDS } from '../../../domain/booking/state'
import { InlineAlert } from '../../components/States'
import { CancelDialog, useCancel } from './CancelDialog'
import { dayLabel, rebookUrl, timeRange } from '../../lib/bookingText'

/**
 * One booking at the point: when, where, what about, what it has become in words (an
 * unsettled past one no longer reads 已预约);
 * 取消预约 while it is upcoming; the office's reason and 重新预约 when the office cancelled it.
 */
export default function BookingRow({ booking, upcoming, onChanged }: { booking: BookingView; upcoming: boolean; onChanged: () => void }) {
  const cancelling = useCancel({ action: 'booking.cancel', id: booking.id }, onChanged)
  const byOffice = booking.status === 'cancelled' && booking.cancelledBy === 'office'

  return (
    <View className={`booking-row card${upcoming ? '' : ' booking-row--past'}`} data-testid='booking-row'>
      <View className='booking-row__top'>
        <Text className='booking-row__when'>
          {dayLabel(booking.date)} <Text className='booking-row__time'>{timeRange(booking.start, booking.end)}</Text>
        </Text>
        <Text className={`booking-row__status booking-row__status--${booking.shown}`} data-testid='booking-row-status'>
          {BOOKING_SHOWN_WORDS[booking.shown]}
        </Text>
      </View>
      <View className='booking-row__meta'>{booking.pointName}</View>
      <View className='booking-row__meta'>
        {booking.category}：{booking.topic}
      </View>
      {booking.changeReason && booking.status === 'booked' ? (
        <View className='booking-row__notice' data-testid='booking-changed'>
          说事点调整了时间：{booking.changeReason}
        </View>
      ) : null}
      {byOffice ? (
        <View className='booking-row__notice' data-testid='booking-office-reason'>
          说事点取消了这次预约{booking.cancelReason ? `：${booking.cancelReason}` : ''}
        </View>
      ) : null}
      {cancelling.error ? <InlineAlert message={cancelling.error} testId='booking-cancel-error' /> : null}
      {byOffice ? (
        <Button type='primary' size='large' block className='booking-row__rebook' data-testid='booking-rebook' onClick={() => void Taro.navigateTo({ url: rebookUrl(booking) })}>
          重新预约
        </Button>
      ) : null}
      {upcoming ? (
        <Button size='large' block className='booking-row__cancel' data-testid='booking-cancel' onClick={cancelling.ask}>
          取消预约
        </Button>
      ) : null}
      <CancelDialog state={cancelling} title='取消预约' testId='booking-cancel'>
        取消 {dayLabel(booking.date)} {timeRange(booking.start, booking.end)} 的预约吗？取消后这个名额会让给别人。
      </CancelDialog>
    </View>
  )
}
