import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/points/api'
import { BOOKING_AHEAD_WORDS, BOOKING_RULES_TEXT } from '../../../domain/booking/rules'
import type { Category } from '../../../domain/matters/categories'
import { ClosedDays, NoBookings } from '../../components/PointNotices'
import SendButton from '../../components/SendButton'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../components/States'
import CategoryField from '../submit/CategoryField'
import TextField from '../submit/TextField'
import DayPicker, { daysOf } from './DayPicker'
import SlotPicker from './SlotPicker'
import TopicField from './TopicField'
import type { BookingFormModel } from './useBookingForm'

function Rules() {
  return (
    <View className='booking-rules' data-testid='booking-rules'>
      <View className='booking-rules__title'>预约须知</View>
      {BOOKING_RULES_TEXT.map((line) => (
        <View key={line} className='booking-rules__line'>
          · {line}
        </View>
      ))}
    </View>
  )
}

/** The second way in, for those who cannot come to the point. */
function HomeVisitEntry({ onOpen }: { onOpen: () => void }) {
  return (
    <View className='card home-visit-entry'>
      <View className='home-visit-entry__title'>行动不便？申请上门走访</View>
      <View className='booking-form__hint'>年纪大、生病或行动不便来不了说事点的，干部可以到您家里听您说。</View>
      <Button size='large' block className='home-visit-entry__button' data-testid='home-visit-entry' onClick={onOpen}>
        申请上门走访
      </Button>
    </View>
  )
}

/** 预约说事: day, slot, the rules, what about, the contact, 确认预约; or 申请上门走访. */
export default function BookingFormView({ point, form, onHomeVisit }: { point: PointView; form: BookingFormModel; onHomeVisit: () => void }) {
  const { slots, draft, fieldErrors: errors, setField } = form
  if (slots.state.status === 'loading') return <LoadingState text='正在加载可预约的时段…' />
  if (slots.state.status === 'error') return <ErrorState error={slots.state.error} onRetry={slots.reload} />
  const { closedDays, takesBookings } = slots.state.data
  if (!takesBookings) {
    return (
      <>
        <NoBookings point={point} />
        <ClosedDays days={closedDays} />
        <HomeVisitEntry onOpen={onHomeVisit} />
      </>
    )
  }
  const days = daysOf(slots.state.data.openings)
  if (days.length === 0) {
    return (
      <>
        <ClosedDays days={closedDays} />
        <EmptyState title={`${BOOKING_AHEAD_WORDS}没有安排开放`} description='可以先在首页「我要说事」登记，或过几天再来看看。' testId='booking-empty' />
        <HomeVisitEntry onOpen={onHomeVisit} />
      </>
    )
  }

  const day = days.find((d) => d.date === draft.date) ?? days.find((d) => d.left > 0) ?? days[0]
  const bookable = day.openings.some((o) => o.slots.some((s) => s.left > 0))
  const pickSlot = (slotId: string) => {
    form.pickDay(day.date)
    setField('slotId', slotId)
  }

  return (
    <View className='booking-form'>
      <View className='card'>
        <View className='booking-form__point'>{point.name}</View>
        <View className='booking-form__hint'>选一个时段，到时干部在说事点当面听您说。</View>
      </View>
      <HomeVisitEntry onOpen={onHomeVisit} />
      <ClosedDays days={closedDays} />
      <View className='section-title' data-testid='booking-days-title'>
        1. 选日期（{BOOKING_AHEAD_WORDS}）
      </View>
      <DayPicker days={days} chosen={day.date} onPick={form.pickDay} />
      <View className='section-title'>2. 选时段</View>
      <SlotPicker day={day} chosen={draft.slotId} onPick={pickSlot} />
      {bookable ? (
        <>
          <Rules />
          <View className='card'>
            <CategoryField value={draft.category as Category | ''} error={errors.category} onChange={(v) => setField('category', v)} />
            <TopicField testId='booking-topic' value={draft.topic} maxLength={100} placeholder='例如：想问问加装电梯的补贴' error={errors.topic} onChange={(v) => setField('topic', v)} />
            <TextField label='姓名' testId='field-name' placeholder='怎么称呼您，如：王秀英' value={draft.name} error={errors['contact.name']} maxLength={20} onChange={(v) => setField('name', v)} />
            <TextField label='手机号' testId='field-phone' placeholder='11 位手机号，方便干部联系您' kind='phone' value={draft.phone} error={errors['contact.phone']} maxLength={11} onChange={(v) => setField('phone', v)} />
            <TextField label='家庭住址' testId='field-address' placeholder='小区、楼栋、门牌号' value={draft.address} error={errors['contact.address']} maxLength={100} onChange={(v) => setField('address', v)} />
          </View>
          {form.alert ? <InlineAlert message={form.alert} /> : null}
          <SendButton label='确认预约' busyLabel='正在预约…' busy={form.submitting} className='booking-form__submit' testId='booking-submit' onClick={form.submit} />
        </>
      ) : (
        <>
          {form.alert ? <InlineAlert message={form.alert} /> : null}
          <View className='booking-form__none' data-testid='booking-none'>
            这一天没有可以预约的时段了，请选择其他日期。
          </View>
        </>
      )}
    </View>
  )
}
