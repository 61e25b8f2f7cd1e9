import { View } from '@tarojs/components'
import ListFooter from '../../components/ListFooter'
import { ErrorState, InlineAlert, LoadingState } from '../../components/States'
import HomeVisitRow from './HomeVisitRow'
import type { useMyHomeVisits } from './useMyHomeVisits'

/** 上门走访: my requests and their state; nothing at all until the resident has asked for one. */
export default function MyHomeVisits({ list }: { list: ReturnType<typeof useMyHomeVisits> }) {
  if (!list.loaded && list.error) return <ErrorState error={list.error} onRetry={list.refresh} />
  if (!list.loaded) return <LoadingState text='正在加载上门走访…' />
  if (list.items.length === 0) return null
  return (
    <View className='my-bookings' data-testid='my-home-visits'>
      <View className='section-title'>上门走访（最新的在前）</View>
      {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} testId='my-home-visits-refresh-error' /> : null}
      {list.items.map((v) => (
        <HomeVisitRow key={v.id} visit={v} onChanged={list.refresh} />
      ))}
      {list.nextCursor ? <ListFooter more loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} testId='my-home-visits-more' /> : null}
    </View>
  )
}
