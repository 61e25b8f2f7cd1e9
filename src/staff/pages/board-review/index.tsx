import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { BoardPendingPage, BoardReviewEntry } from '../../../../domain/board/api'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import ReviewRow from './ReviewRow'
import '../../components/staff.scss'
import './index.scss'

/**
 * 公开审核: what residents of my points agreed to make public, oldest first, the board's
 * redacted text beside what was written. Nothing shows on 大家说的事 until approved here.
 */
export default function BoardReviewPage() {
  const list = usePagedList<BoardReviewEntry, BoardPendingPage>()
  const { load } = list
  const [notice, setNotice] = useState<string | null>(null)
  const [decided, setDecided] = useState<Set<string>>(new Set())

  const reload = useCallback(() => load((cursor) => callStaff({ action: 'board.pending', limit: 10, ...(cursor ? { cursor } : {}) })), [load])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  const done = (e: BoardReviewEntry) => {
    setDecided((s) => new Set(s).add(e.id))
    setNotice(e.status === 'approved' ? '已通过，这件事已出现在「大家说的事」里，并告诉了居民。' : '已决定不公开，并把原因告诉了居民。')
  }

  const waiting = list.items.filter((e) => !decided.has(e.id))
  let body
  if (!list.loaded && list.error?.code === 'FORBIDDEN') body = <EmptyState title='公开审核仅供说事点的领导使用' testId='review-forbidden' />
  else if (!list.loaded && list.error) body = <ErrorState error={list.error} onRetry={() => void reload()} />
  else if (!list.loaded) body = <LoadingState />
  else if (waiting.length === 0 && !list.nextCursor) body = <EmptyState title='没有等待审核的公开内容' description='居民评议时同意公开的事会出现在这里' testId='review-empty' />
  else
    body = (
      <View data-testid='review-list'>
        {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} /> : null}
        {waiting.map((e) => (
          <ReviewRow key={e.id} entry={e} onDone={done} />
        ))}
        <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </View>
    )

  return (
    <PageShell className='board-review-page'>
      <View className='br-intro'>居民同意公开的事，隐去个人信息后要经您审核才出现在「大家说的事」里。请对照原文，看看还有没有能认出人的内容。</View>
      {notice ? (
        <View className='br-notice' data-testid='review-notice'>
          {notice}
        </View>
      ) : null}
      {body}
    </PageShell>
  )
}
