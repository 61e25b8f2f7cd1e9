import { NoBreakTimes } from '../../../components/NoBreakTimes'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffHomeVisitView } from '../../../../domain/booking/home-visits-api'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { HOME_VISIT_STATUS_WORDS, VISIT_TIME_WORDS } from '../../../../domain/booking/home-visits'
import CancelVisitForm from './CancelVisitForm'
import DoneForm from './DoneForm'
import ScheduleForm from './ScheduleForm'

export type VisitForm = 'schedule' | 'cancel' | 'done'

interface Props {
  visit: StaffHomeVisitView
  /** the form open under this row, if any */
  open: VisitForm | null
  onOpen: (form: VisitForm) => void
  onClose: () => void
  onScheduled: (v: StaffHomeVisitView | null) => void
  onVisited: (v: StaffHomeVisitView | null) => void
  onCancelled: () => void
}

/**
 * One request: who (masked until it is yours), where, what about, which days suit;
 * 我来上门 while it waits; 取消上门 (with a reason) once it is yours; 已上门 from its day on.
 */
export default function VisitRow({ visit, open, onOpen, onClose, onScheduled, onVisited, onCancelled }: Props) {
  // the cadre who comes (or a leader, who sees it whole) may call it off
  const cancellable = visit.status === 'scheduled' && visit.bookingId && !visit.masked
  return (
    <View className='hv-row card' data-testid='hv-staff-row'>
      <View className='hv-row__top'>
        <Text className='hv-row__who'>
          {visit.name} {visit.phone}
        </Text>
        <Text className={`hv-row__status hv-row__status--${visit.status}`}>{HOME_VISIT_STATUS_WORDS[visit.status]}</Text>
      </View>
      <View className='hv-row__line'>{visit.topic}</View>
      <View className='hv-row__line'>地址：{visit.address}</View>
      {visit.status === 'pending' ? (
        <View className='hv-row__line'>
          <NoBreakTimes text={`居民方便：${visit.preferred.dates.map(chineseDayOf).join('、')}，${VISIT_TIME_WORDS[visit.preferred.time]}`} />
        </View>
      ) : null}
      {visit.date && visit.start && visit.cadre ? (
        <View className='hv-row__when' data-testid='hv-staff-when'>
          {visit.mine ? '您' : visit.cadre.name}将在 {chineseDayOf(visit.date)} {visit.start} 上门
        </View>
      ) : null}
      <View className='hv-row__point'>{visit.pointName}</View>
      {visit.status === 'pending' && !open ? (
        <Button type='primary' size='large' block className='hv-row__take' data-testid='hv-take' onClick={() => onOpen('schedule')}>
          我来上门
        </Button>
      ) : null}
      {visit.status === 'pending' && open === 'schedule' ? <ScheduleForm visit={visit} onDone={onScheduled} onCancel={onClose} /> : null}
      {visit.canMarkDone && !open ? (
        <Button type='primary' size='large' block className='hv-row__take' data-testid='hv-done' onClick={() => onOpen('done')}>
          已上门
        </Button>
      ) : null}
      {visit.canMarkDone && open === 'done' ? <DoneForm visit={visit} onDone={onVisited} onCancel={onClose} /> : null}
      {cancellable && !open ? (
        <Button size='large' block className='hv-row__take' data-testid='hv-call-off' onClick={() => onOpen('cancel')}>
          取消上门
        </Button>
      ) : null}
      {cancellable && visit.bookingId && open === 'cancel' ? <CancelVisitForm bookingId={visit.bookingId} onDone={onCancelled} onCancel={onClose} /> : null}
    </View>
  )
}
