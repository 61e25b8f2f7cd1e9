import { Text, View } from '@tarojs/components'
import { callResident } from '../../api'
import { NoBreakTimes } from '../../components/NoBreakTimes'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'

/** Every talk point, to choose the one you are at when you came without a QR code. */
export default function PointList({ onPick }: { onPick: (code: string) => void }) {
  const { state, reload } = useLoad('points', () => callResident({ action: 'points.list' }))

  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />
  if (state.data.points.length === 0) return <EmptyState title='还没有开放的说事点' testId='points-empty' />

  return (
    <View className='point-list' data-testid='point-list'>
      <View className='section-title'>请选择您所在的说事点</View>
      {state.data.points.map((point) => (
        <View key={point.code} className='point-list__row card' data-testid='point-option' onClick={() => onPick(point.code)}>
          <View className='point-list__name'>{point.name}</View>
          <Text className='point-list__meta'>
            {point.community} · {point.address}
          </Text>
          <Text className='point-list__meta'>
            开放时间：<NoBreakTimes text={point.openHours} />
          </Text>
        </View>
      ))}
    </View>
  )
}
