import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { HomeVisitView } from '../../../domain/booking/home-visits-api'
import { HOME_VISIT_SHOWN_WORDS, VISIT_TIME_WORDS } from '../../../domain/booking/home-visits'
import { InlineAlert } from '../../components/States'
import { CancelDialog, useCancel } from './CancelDialog'
import { clock, dayLabel, rebookUrl } from '../../lib/bookingText'

/** How each state looks: the booking rows' badges (mine/index.scss). */
const STATUS_LOOK: Record<HomeVisitView['shown'], string> = {
  pending: 'booked',
  scheduled: 'booked',
  awaiting: 'awaiting',
  visited: 'visited',
  cancelled: 'cancelled',
}

/**
 * One 上门走访 request: 待安排 (with the days asked for, and 取消申请), 已安排 (the date
 * and the cadre who comes; 待确认 after its day until the cadre records 已上门), or 已取消 (with the office's reason and 重新申请).
 */
export default function HomeVisitRow({ visit, onChanged }: { visit: HomeVisitView; onChanged: () => void }) {
  const cancelling = useCancel({ action: 'homeVisit.cancel', id: visit.id }, onChanged)
  const byOffice = visit.status === 'cancelled' && visit.cancelledBy === 'office'

  return (
    <View className={`booking-row card${visit.status === 'cancelled' ? ' booking-row--past' : ''}`} data-testid='hv-row'>
      <View className='booking-row__top'>
        <Text className='booking-row__when'>
          {visit.scheduled ? (
            <>
              {dayLabel(visit.scheduled.date)} <Text className='booking-row__time'>{clock(visit.scheduled.start)}</Text>
            </>
          ) : (
            '上门走访'
          )}
        </Text>
        <Text className={`booking-row__status booking-row__status--${STATUS_LOOK[visit.shown]}`} data-testid='hv-status'>
          {HOME_VISIT_SHOWN_WORDS[visit.shown]}
        </Text>
      </View>
      {visit.scheduled ? (
        <View className='booking-row__meta' data-testid='hv-scheduled'>
          {visit.status === 'cancelled' ? '原定' : ''}
          {visit.scheduled.cadreName}
          {visit.status === 'scheduled' ? '将' : ''}在 {dayLabel(visit.scheduled.date)} {clock(visit.scheduled.start)} 上门
        </View>
      ) : visit.status === 'pending' ? (
        <View className='booking-row__meta'>
          您方便：{visit.preferred.dates.map(dayLabel).join('、')} {VISIT_TIME_WORDS[visit.preferred.time]}。干部安排好时间后会通知您。
        </View>
      ) : null}
      <View className='booking-row__meta'>{visit.topic}</View>
      <View className='booking-row__meta'>
        {visit.pointName} · {visit.address}
      </View>
      {byOffice ? (
        <View className='booking-row__notice' data-testid='hv-office-reason'>
          说事点取消了这次上门走访{visit.cancelReason ? `：${visit.cancelReason}` : ''}
        </View>
      ) : null}
      {cancelling.error ? <InlineAlert message={cancelling.error} testId='hv-cancel-error' /> : null}
      {visit.status === 'pending' ? (
        <Button size='large' block className='booking-row__cancel' data-testid='hv-cancel' onClick={cancelling.ask}>
          取消申请
        </Button>
      ) : null}
      {byOffice ? (
        <Button
          type='primary'
          size='large'
          block
          className='booking-row__rebook'
          data-testid='hv-again'
          onClick={() => void Taro.navigateTo({ url: rebookUrl({ pointCode: visit.pointCode, category: '', topic: visit.topic, kind: 'home' }) })}
        >
          重新申请上门走访
        </Button>
      ) : null}
      <CancelDialog state={cancelling} title='取消申请' testId='hv-cancel'>
        不需要干部上门了吗？取消后，如需上门可以再申请。
      </CancelDialog>
    </View>
  )
}
