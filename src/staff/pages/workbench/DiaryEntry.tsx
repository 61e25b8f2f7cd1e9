import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useOnShow } from '../../../hooks/useOnShow'
import type { VisitMonth } from '../../../../domain/diary/api'
import { callStaff } from '../../../api/staff'
import '../../../components/MessagesEntry/index.scss'

/** In words: the caller's households this month, or for a leader how many are behind. */
function summary(m: VisitMonth): string {
  const behind = m.team?.filter((s) => s.behind).length ?? 0
  if (m.team && behind > 0) return `走访进度：${behind} 人次未达到`
  const own = m.mine.find((s) => s.behind) ?? m.mine[0]
  if (own) return `本月已走访 ${own.count} 户${own.behind ? `，还差 ${own.min - own.count} 户` : ''}`
  return m.team ? '走访进度：都已达到' : ''
}

/** The way into 民情日记, with this month's 走访 at a glance, asked afresh on each show. */
export default function DiaryEntry() {
  const [month, setMonth] = useState<VisitMonth | null>(null)
  const latest = useRef(0)
  useOnShow(() => {
    const ticket = ++latest.current
    void callStaff({ action: 'visits.month' }).then((reply) => {
      if (ticket === latest.current && reply.ok) setMonth(reply.data)
    })
  })
  return (
    <View className='messages-entry card' data-testid='diary-entry' role='link' onClick={() => void Taro.navigateTo({ url: '/staff/pages/diary/index' })}>
      <Text className='messages-entry__title'>民情日记</Text>
      <Text className={`messages-entry__count${month?.mine.some((s) => s.behind) ? ' is-unread' : ''}`} data-testid='diary-entry-summary'>
        {month ? summary(month) : ''}
      </Text>
      <Text className='messages-entry__arrow'>›</Text>
    </View>
  )
}
