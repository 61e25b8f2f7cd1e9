import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/points/api'
import { deadlineWords } from '../../../domain/matters/deadlines'
import { NoBreakTimes } from '../../components/NoBreakTimes'
import { ClosedDays, PhoneRow, PointRow } from '../../components/PointNotices'
import NextOpenings, { usePointOpenings } from './NextOpenings'
import LeaderReceptions from './LeaderReceptions'

interface Props {
  /** `phone` when the server sends one */
  point: PointView & { phone?: string }
  onStart: () => void
  /** 预约说事: book a time with the cadres; `home` opens the 上门走访 request */
  onBook: (home?: boolean) => void
  onChange: () => void
}

/** What happens after registering, in three short lines. */
function HowItWorks() {
  return (
    <View className='how-it-works' data-testid='how-it-works'>
      <View className='how-it-works__title'>说事之后会怎样</View>
      <View className='how-it-works__line'>
        <Text className='how-it-works__no'>1</Text>
        <Text>登记后，一位干部负责您的事，从受理到答复都由他办。</Text>
      </View>
      <View className='how-it-works__line'>
        <Text className='how-it-works__no'>2</Text>
        <Text>{`一般 ${deadlineWords('normal')}内、重要的事 ${deadlineWords('important')}内给您答复。`}</Text>
      </View>
      <View className='how-it-works__line'>
        <Text className='how-it-works__no'>3</Text>
        <Text>有进展、有答复都会发消息告诉您，也可以在「我的」里随时查看。</Text>
      </View>
    </View>
  )
}

/** The talk point the resident is at: where and when it opens, how 说事 works, and the way in. */
export default function PointCard({ point, onStart, onBook, onChange }: Props) {
  const phone = point.phone?.trim()
  const openings = usePointOpenings(point.code)
  // until it is known, offer 预约说事 as before; the booking page says it again
  const noBookings = openings.state.status === 'ready' && !openings.state.data.takesBookings
  return (
    <View className='point-card card'>
      <Text className='point-card__kind'>{point.kind === 'studio' ? '两代表工作室' : '民情说事点'}</Text>
      <View className='point-card__name' data-testid='point-name'>
        {point.name}
      </View>
      <View className='point-card__community'>{point.community}</View>
      <PointRow block='point-card' label='地址' testId='point-address'>
        {point.address}
      </PointRow>
      <PointRow block='point-card' label='开放时间' testId='point-hours'>
        <NoBreakTimes text={point.openHours} />
      </PointRow>
      {openings.state.status === 'ready' ? <ClosedDays days={openings.state.data.closedDays} /> : null}
      {phone ? <PhoneRow block='point-card' phone={phone} testId='point-phone' /> : null}
      <HowItWorks />
      <Button type='primary' size='xlarge' block className='point-card__start' data-testid='start-submit' onClick={onStart}>
        我要说事
      </Button>
      {noBookings ? (
        <>
          <View className='point-card__no-booking' data-testid='point-no-bookings'>
            这里不用预约：开放时间直接来{phone ? '，或打上面的电话' : ''}。来不了的，可以申请干部上门。
          </View>
          <Button size='xlarge' block className='point-card__book' data-testid='start-home-visit' onClick={() => onBook(true)}>
            申请上门走访
          </Button>
        </>
      ) : (
        <Button size='xlarge' block className='point-card__book' data-testid='start-booking' onClick={() => onBook()}>
          预约说事
        </Button>
      )}
      <View
        className='point-card__board'
        data-testid='open-board'
        onClick={() => void Taro.navigateTo({ url: `/pages/board/index?point=${encodeURIComponent(point.code)}` })}
      >
        <Text className='point-card__board-title'>大家说的事</Text>
        <Text className='point-card__board-hint'>看看别人说了什么、办得怎么样 ›</Text>
      </View>
      {point.kind === 'studio' ? (
        <View
          className='point-card__board'
          data-testid='open-studio'
          onClick={() => void Taro.navigateTo({ url: `/pages/studio/index?code=${encodeURIComponent(point.code)}` })}
        >
          <Text className='point-card__board-title'>代表接待安排、意见建议、评议</Text>
          <Text className='point-card__board-hint'>本月哪位代表值班，给代表提建议 ›</Text>
        </View>
      ) : null}
      <NextOpenings openings={openings} />
      <LeaderReceptions pointCode={point.code} openings={openings} />
      <View className='point-card__change' data-testid='change-point' onClick={onChange}>
        换一个说事点
      </View>
    </View>
  )
}
