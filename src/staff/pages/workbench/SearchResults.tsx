import { Text, View } from '@tarojs/components'
import ListFooter from '../../../components/ListFooter'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import QueueRow from './QueueRow'
import type { SearchModel } from './useSearch'

/** What a search found, paged like the tabs, with its own loading, empty and error states. */
export default function SearchResults({ search, showAssignee }: { search: SearchModel; showAssignee: boolean }) {
  const q = search.query ?? ''
  let body
  if (search.hint)
    body = (
      <View className='sf-note' data-testid='search-hint'>
        {search.hint}
      </View>
    )
  else if (!search.loaded && search.error) body = <ErrorState error={search.error} title='搜索失败' onRetry={() => void search.search(q)} />
  else if (!search.loaded) body = <LoadingState text='正在搜索…' />
  else if (search.items.length === 0)
    body = <EmptyState title={`没有找到与「${q}」有关的事项`} description='可以换个写法：登记编号、姓名、手机号或后 4 位、类别' testId='search-empty' />
  else
    body = (
      <View data-testid='search-list'>
        {search.items.map((item) => (
          <QueueRow key={item.id} item={item} showAssignee={showAssignee} />
        ))}
        <ListFooter more={Boolean(search.nextCursor)} loading={search.loadingMore} error={search.moreError} onMore={search.loadMore} testId='search-more' errorTestId='search-more-error' />
      </View>
    )
  return (
    <View data-testid='search-results'>
      <Text className='wb-search__title'>搜索「{q}」</Text>
      {body}
    </View>
  )
}
