import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import ListFooter from '../../components/ListFooter'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../components/States'
import { lastPoint } from '../../lib/lastPoint'
import { readParam } from '../../lib/params'
import BoardCard from './BoardCard'
import Headline from './Headline'
import { useBoard } from './useBoard'
import './index.scss'

/**
 * 大家说的事 (件件有着落，事事有回音): the point's answered matters that their residents
 * agreed to make public, without names, phone numbers or addresses, and its figures.
 */
export default function BoardPage() {
  const pointCode = readParam(useRouter().params.point) ?? lastPoint.get() ?? ''
  const board = useBoard(pointCode)

  useDidShow(() => void board.refresh())
  usePullDownRefresh(() => void board.refresh().finally(() => Taro.stopPullDownRefresh()))

  const page = board.lastPage
  let body
  if (!board.loaded && board.error) body = <ErrorState error={board.error} onRetry={board.refresh} />
  else if (!board.loaded) body = <LoadingState />
  else
    body = (
      <>
        {board.error ? <InlineAlert message={`刷新失败：${board.error.message}`} testId='board-refresh-error' /> : null}
        {page?.headline ? <Headline headline={page.headline} /> : null}
        {board.items.length === 0 ? (
          <EmptyState title='还没有公开的事项' description='居民评议时可以选择把答复过的事公开在这里（隐去姓名、电话和地址，经说事点审核）。' testId='board-empty' />
        ) : (
          <View data-testid='board-list'>
            <View className='section-title'>大家说过的事（最新的在前）</View>
            {board.items.map((entry) => (
              <BoardCard key={entry.id} entry={entry} />
            ))}
            <ListFooter more={Boolean(board.nextCursor)} loading={board.loadingMore} error={board.moreError} onMore={board.loadMore} errorTestId='board-more-error' />
          </View>
        )}
      </>
    )

  return (
    <PageShell className='board-page'>
      <View className='board-page__motto'>件件有着落，事事有回音</View>
      {page?.pointName ? (
        <View className='board-page__point' data-testid='board-point'>
          {page.pointName}
        </View>
      ) : null}
      {body}
    </PageShell>
  )
}
