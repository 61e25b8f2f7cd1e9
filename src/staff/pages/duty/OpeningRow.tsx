import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DutyOpeningView } from '../../../../domain/duty/api'
import { OPENING_KIND_LABELS } from '../../../../domain/schedule/openings'
import { dayLabel, timeRange } from '../../../lib/bookingText'

const STATE_WORDS = { present: '', away: '请假/外出', inactive: '已不在岗' } as const

interface Props {
  opening: DutyOpeningView
  me: string
  canManage: boolean
  onAssign: () => void
  onSwap: () => void
}

/** One opening of the month: when, who is on duty and for what; 缺岗 stands out. */
export default function OpeningRow({ opening: o, me, canManage, onAssign, onSwap }: Props) {
  const mine = o.onDuty.some((p) => p.openid === me && p.state === 'present')
  return (
    <View
      className={`duty-row card${o.uncovered ? ' is-uncovered' : ''}${mine ? ' is-mine' : ''}${o.started ? ' is-past' : ''}`}
      data-testid='duty-opening'
      data-opening={o.id}
    >
      <View className='duty-row__when'>
        <Text className='duty-row__day'>{dayLabel(o.date)}</Text>
        <Text className='duty-row__time'>{timeRange(o.start, o.end)}</Text>
        <Text className='duty-row__kind'>{OPENING_KIND_LABELS[o.kind]}</Text>
        {o.uncovered ? (
          <Text className='sf-flag sf-flag--danger' data-testid='duty-uncovered'>
            缺岗
          </Text>
        ) : null}
        {mine ? <Text className='sf-flag sf-flag--info'>我的值班</Text> : null}
      </View>
      <View className='duty-row__who' data-testid='duty-who'>
        {o.onDuty.length === 0 ? <Text className='sf-muted'>还没有安排值班</Text> : null}
        {o.onDuty.map((p) => (
          <View key={p.openid} className={`duty-person${p.state === 'present' ? '' : ' is-off'}`}>
            <Text className='duty-person__name'>{p.name}</Text>
            <Text className='duty-person__duty'>{p.duty}</Text>
            {p.state !== 'present' ? <Text className='sf-flag sf-flag--warn'>{STATE_WORDS[p.state]}</Text> : null}
          </View>
        ))}
      </View>
      {!o.started && (canManage || mine) ? (
        <View className='duty-row__actions'>
          {mine ? (
            <Button size='small' data-testid='duty-swap-open' onClick={onSwap}>
              申请换班
            </Button>
          ) : null}
          {canManage ? (
            <Button size='small' type='primary' fill='outline' data-testid='duty-assign-open' onClick={onAssign}>
              调整值班
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
