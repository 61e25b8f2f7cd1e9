import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import ListFooter from '../../components/ListFooter'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import type { PagedList } from '../../hooks/usePagedList'

interface Props<T> {
  list: PagedList<T, unknown> & { loadMore: () => void }
  /** what an empty list says */
  empty: { title: string; description?: string; testId: string }
  testId: string
  onRetry: () => void
  children: (item: T) => ReactNode
}

/** A point's records in one card, a page at a time, with its loading, error and empty states. */
export default function RecordList<T>({ list, empty, testId, onRetry, children }: Props<T>) {
  if (!list.loaded) return list.error ? <ErrorState error={list.error} onRetry={onRetry} /> : <LoadingState />
  if (list.items.length === 0) return <EmptyState title={empty.title} description={empty.description} testId={empty.testId} />
  return (
    <View className='card' data-testid={testId}>
      {list.items.map(children)}
      <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </View>
  )
}
