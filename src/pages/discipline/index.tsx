import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClueFilerView } from '../../../domain/discipline/api'
import type { PointView } from '../../../domain/points/api'
import { formatChinaDate } from '../../../domain/kernel/time'
import { callResident } from '../../api/resident'
import ClueForm from '../../components/ClueForm'
import ListFooter from '../../components/ListFooter'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { usePagedList } from '../../hooks/usePagedList'
import { lastPoint } from '../../lib/lastPoint'
import './index.scss'

/** One of my clues: whom, where it went, its state, and the answer when there is one. */
function ClueRow({ c }: { c: ClueFilerView }) {
  return (
    <View className='clue-row card' data-testid={`clue-row-${c.id}`}>
      <View className='clue-row__head'>
        <Text>反映：{c.about}</Text>
        <Text className={`clue-row__state clue-row__state--${c.state}`} data-testid='clue-state'>
          {c.stateLabel}
        </Text>
      </View>
      <Text className='clue-row__meta'>
        {formatChinaDate(c.filedAt)} 报送{c.receiver}党委
      </Text>
      <Text className='clue-row__content'>{c.content}</Text>
      {c.reply ? (
        <View className='clue-row__reply' data-testid='clue-reply'>
          <Text className='clue-row__reply-label'>上级党委的答复：</Text>
          <Text>{c.reply}</Text>
        </View>
      ) : null}
    </View>
  )
}

/**
 * 反映违纪问题 (我的 → here): "发现党员干部存在违纪问题的，向上级党委报告". What I reported and
 * where each stands, and a form to report one; it goes to the level above, never to the point.
 */
export default function DisciplinePage() {
  const list = usePagedList<ClueFilerView, { items: ClueFilerView[]; nextCursor: string | null }>()
  const { load } = list
  const reload = useCallback(() => load((cursor) => callResident({ action: 'discipline.mine', ...(cursor ? { cursor } : {}) })), [load])
  const [points, setPoints] = useState<PointView[] | null>(null)
  const [writing, setWriting] = useState(false)
  useDidShow(() => {
    void reload()
    if (!points) void callResident({ action: 'points.list' }).then((r) => setPoints(r.ok ? r.data.points : []))
  })
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  const filed = () => {
    setWriting(false)
    Taro.showToast({ title: '已报送', icon: 'success' })
    void reload()
  }

  let body
  if (!list.loaded && list.error) body = <ErrorState error={list.error} onRetry={() => void reload()} />
  else if (!list.loaded) body = <LoadingState />
  else if (list.items.length === 0) body = <EmptyState title='您还没有反映过问题' testId='clue-empty' />
  else
    body = (
      <View data-testid='clue-list'>
        {list.items.map((c) => (
          <ClueRow key={c.id} c={c} />
        ))}
        <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} errorTestId='clue-more-error' />
      </View>
    )

  return (
    <PageShell className='discipline-page'>
      <View className='discipline-intro'>在说事中发现党员干部有违纪问题，可以在这里直接向上级党委反映。内容只送到乡镇或区县的党委联系人，本说事点看不到。</View>
      {writing ? (
        points ? (
          <ClueForm
            points={points.map((p) => ({ code: p.code, name: p.name }))}
            initialPoint={lastPoint.get()}
            loadPeople={(pointCode) => callResident({ action: 'discipline.people', pointCode })}
            send={(e) => callResident({ action: 'discipline.file', ...e })}
            onFiled={filed}
          />
        ) : (
          <LoadingState />
        )
      ) : (
        <Button type='primary' size='large' block data-testid='clue-new' onClick={() => setWriting(true)}>
          我要反映
        </Button>
      )}
      <View className='section-title'>我反映的问题</View>
      {body}
    </PageShell>
  )
}
