import { Text, View } from '@tarojs/components'
import type { VisitMonth } from '../../../../domain/diary/api'

/** The caller's 挂点 this month, when an admin named their level: the quota of the level, done, how far behind. */
export default function LeaderQuota({ month }: { month: VisitMonth }) {
  const l = month.leader
  if (!l) return null
  return (
    <View className='card' data-testid='diary-leader'>
      <View className='sf-card-title'>
        挂点：{l.contactPoint.name}（{l.levelLabel}）
      </View>
      <View className='diary-standing__line'>
        <Text className='diary-standing__count' data-testid='diary-leader-done'>
          本月已{l.unit === '次' ? `到挂点 ${l.done} 次` : `走访 ${l.done} 户`}
        </Text>
        <Text className='diary-standing__quota'>{l.quotaText}</Text>
      </View>
      {l.behind > 0 ? (
        <Text className='diary-behind' data-testid='diary-leader-behind'>
          还差 {l.behind} {l.unit}
          {month.daysLeft > 0 ? `，本月还剩 ${month.daysLeft} 天` : ''}
        </Text>
      ) : (
        <Text className='diary-ok'>已达到本月要求</Text>
      )}
      <View className='sf-muted'>
        {l.unit === '次' ? '在挂点写了民情日记的日子算一次，同一天只算一次' : '在挂点入户走访的户数，同一户只算一次'}
        {l.answersFor ? `；负责：${l.answersFor}` : ''}
      </View>
    </View>
  )
}
