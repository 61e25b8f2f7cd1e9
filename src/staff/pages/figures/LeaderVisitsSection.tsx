import { Text, View } from '@tarojs/components'
import type { LeaderStanding } from '../../../../domain/diary/api'
import { callStaff } from '../../../api/staff'
import { ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'

function LeaderRow({ l, daysLeft }: { l: LeaderStanding; daysLeft: number }) {
  return (
    <View className='fg-row' data-testid='figures-leader'>
      <View className='fg-row__top'>
        <Text>
          {l.name} · {l.levelLabel}
        </Text>
        <Text className={`fg-row__count${l.behind > 0 ? ' fg-behind' : ''}`}>
          {l.done} / {l.quota} {l.unit}
        </Text>
      </View>
      <Text className='sf-muted'>
        挂点：{l.contactPoint.name} · {l.quotaText}
      </Text>
      {l.behind > 0 ? (
        <Text className='fg-behind' data-testid='figures-leader-behind'>
          还差 {l.behind} {l.unit}
          {daysLeft > 0 ? `，本月还剩 ${daysLeft} 天` : ''}
        </Text>
      ) : (
        <Text className='fg-ok'>已达到本月要求</Text>
      )}
    </View>
  )
}

/**
 * 挂点走访 this month: each leader (and village cadre) with a 挂点 under the node — or the
 * caller's points — against the quota of their level, those furthest behind first.
 */
export default function LeaderVisitsSection({ node }: { node?: string }) {
  const { state, reload } = useLoad(node ?? '', () => callStaff({ action: 'visits.leaders', ...(node ? { node } : {}) }))
  if (state.status === 'error' && state.error.code === 'FORBIDDEN') return null
  let body
  if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={() => void reload()} />
  else if (state.data.leaders.length === 0) body = <Text className='sf-muted'>还没有安排挂点领导</Text>
  else body = state.data.leaders.map((l) => <LeaderRow key={l.openid} l={l} daysLeft={state.data.daysLeft} />)
  const behind = state.status === 'ready' ? state.data.leaders.filter((l) => l.behind > 0).length : 0
  return (
    <View className='card fg-card' data-testid='figure-leaders'>
      <View className='fg-card__head'>
        <Text className='fg-card__title'>挂点走访（本月）</Text>
      </View>
      <View className='fg-card__rule'>领导每月到挂点的次数（写了民情日记的日子），村（社区）干部按入户户数；{behind > 0 ? `${behind} 人未达到` : '按差得多少排列'}</View>
      {body}
    </View>
  )
}
