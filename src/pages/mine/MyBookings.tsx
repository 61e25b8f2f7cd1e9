import { View } from '@tarojs/components'
import ListFooter from '../../components/ListFooter'
import { ErrorState, InlineAlert, LoadingState } from '../../components/States'
import BookingRow from './BookingRow'
import type { useMyBookings } from './useMyBookings'

/** 我的预约: a small section beside my matters; nothing at all until the resident has booked. */
export default function MyBookings({ list }: { list: ReturnType<typeof useMyBookings> }) {
  if (!list.loaded && list.error) return <ErrorState error={list.error} onRetry={list.refresh} />
  if (!list.loaded) return <LoadingState text='正在加载我的预约…' />
  if (list.ordered.length === 0) return null
  const now = new Date()
  return (
    <View className='my-bookings' data-testid='my-bookings'>
      <View className='section-title'>我的预约（将要去的在前）</View>
      {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} testId='my-bookings-refresh-error' /> : null}
      {list.ordered.map((b) => (
        <BookingRow key={b.id} booking={b} upcoming={b.shown === 'booked' && new Date(b.startAt) > now} onChanged={list.refresh} />
      ))}
      {list.nextCursor ? <ListFooter more loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} testId='my-bookings-more' /> : null}
    </View>
  )
}
