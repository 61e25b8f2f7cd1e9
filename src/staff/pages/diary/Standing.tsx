import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { VisitMonth, VisitStanding } from '../../../../domain/diary/api'

const quotaText = (s: VisitStanding) => (s.min === 0 ? `不作要求（最多 ${s.max} 户）` : `要求 ${s.min}–${s.max} 户`)

/** 走访 this month at one point: households against the quota, and what is missing. */
function MineLine({ s, daysLeft, showPoint }: { s: VisitStanding; daysLeft: number; showPoint: boolean }) {
  return (
    <View data-testid='diary-standing-line'>
      {showPoint ? <View className='sf-muted'>{s.pointName}</View> : null}
      <View className='diary-standing__line'>
        <Text className='diary-standing__count' data-testid='diary-standing-count'>
          已走访 {s.count} 户
        </Text>
        <Text className='diary-standing__quota'>{quotaText(s)}</Text>
      </View>
      {s.behind ? (
        <Text className='diary-behind' data-testid='diary-behind'>
          还差 {s.min - s.count} 户{daysLeft > 0 ? `，本月还剩 ${daysLeft} 天` : ''}
        </Text>
      ) : s.min > 0 ? (
        <Text className='diary-ok'>已达到本月要求</Text>
      ) : null}
    </View>
  )
}

/** The caller's own month: one line per point where they are a cadre. */
export function MyStanding({ month }: { month: VisitMonth }) {
  if (month.mine.length === 0) return null
  return (
    <View className='card' data-testid='diary-standing'>
      <View className='sf-card-title'>本月走访（入户的主动家访、定期回访计入）</View>
      {month.mine.map((s) => (
        <MineLine key={s.pointCode} s={s} daysLeft={month.daysLeft} showPoint={month.mine.length > 1} />
      ))}
    </View>
  )
}

/** 走访进度 for a leader: every cadre of their points, those behind first; a tap opens their diary. */
export function TeamProgress({ month }: { month: VisitMonth }) {
  if (!month.team) return null
  const behind = month.team.filter((s) => s.behind).length
  return (
    <>
      <View className='section-title'>
        走访进度：{behind > 0 ? `${behind} 人次未达到要求` : '都已达到要求'}
        {month.daysLeft > 0 ? `（本月还剩 ${month.daysLeft} 天）` : ''}
      </View>
      <View className='card' data-testid='diary-team'>
        {month.team.length === 0 ? <Text className='sf-muted'>说事点还没有干部</Text> : null}
        {month.team.map((s) => (
          <View
            key={`${s.openid}-${s.pointCode}`}
            className='diary-team-row'
            data-testid='diary-team-row'
            role='link'
            onClick={() =>
              Taro.navigateTo({
                url: `/staff/pages/diary/index?cadre=${encodeURIComponent(s.openid)}&name=${encodeURIComponent(s.name)}&month=${month.month}`,
              })
            }
          >
            <View>
              <View>{s.name}</View>
              <View className='sf-muted'>{s.pointName}</View>
            </View>
            <View>
              <Text className={s.behind ? 'diary-behind' : s.min > 0 ? 'diary-ok' : ''}>
                {s.count} 户{s.behind ? ' · 未达到' : ''}
              </Text>
              <Text className='sf-muted'> / {s.min === 0 ? '不作要求' : `${s.min}–${s.max}`}</Text>
            </View>
          </View>
        ))}
      </View>
    </>
  )
}
