import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { dayLabel, timeRange } from '../../lib/bookingText'
import type { usePointOpenings } from './NextOpenings'

/**
 * 领导接访公示 (家访公告): the leaders above the village who receive at this point in the days
 * a resident may book — name, title and level, when, and what they answer for. Their
 * reception days are the point's openings with them on duty, so a 约访 one is booked like
 * any other. Nothing shows while no leader is on the roster.
 */
export default function LeaderReceptions({ pointCode, openings }: { pointCode: string; openings: ReturnType<typeof usePointOpenings> }) {
  if (openings.state.status !== 'ready') return null
  const rows = openings.state.data.openings.flatMap((o) => o.onDuty.flatMap((p) => (p.leader ? [{ o, p, leader: p.leader }] : [])))
  if (rows.length === 0) return null
  const book = (date: string) => void Taro.navigateTo({ url: `/pages/booking/index?point=${encodeURIComponent(pointCode)}&date=${date}` })
  return (
    <View className='leader-receptions' data-testid='leader-receptions'>
      <View className='next-openings__title'>领导接访公示</View>
      {rows.map(({ o, p, leader }) => {
        const open = o.kind === 'booking' && o.slots.some((s) => s.left > 0)
        return (
          <View key={`${o.id}-${p.name}`} className='leader-receptions__row' data-testid='leader-reception'>
            <View>
              <Text className='leader-receptions__name'>{p.name}</Text>
              <Text className='leader-receptions__level'>{leader.title ? `${leader.title} · ${leader.levelLabel}` : leader.levelLabel}</Text>
            </View>
            <View className='leader-receptions__when'>
              {dayLabel(o.date)} {timeRange(o.start, o.end)}
            </View>
            <View className='leader-receptions__duty'>负责：{p.duty}</View>
            {open ? (
              <Button size='large' className='leader-receptions__book' data-testid='leader-reception-book' onClick={() => book(o.date)}>
                预约这次接访
              </Button>
            ) : (
              <Text className='next-openings__note'>{o.kind === 'booking' ? '这次已经约满或不能再约' : '不用预约，这段时间直接来'}</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
