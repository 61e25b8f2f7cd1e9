import { useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffProfile } from '../../../../domain/api'
import { QUEUE_TAB_LABELS, QUEUE_TABS, type QueueTab } from '../../../../domain/handling'
import { callStaff } from '../../../api/staff'
import MessagesEntry from '../../../components/MessagesEntry'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { isLeader, loadMe, type Me } from '../../lib/me'
import QueueRow from './QueueRow'
import { useQueue } from './useQueue'
import '../../components/staff.scss'
import './index.scss'

const EMPTY_TEXT: Record<QueueTab, string> = {
  pending: '没有待受理的事项',
  active: '没有正在办理的事项',
  dueSoon: '没有即将到期的事项',
  overdue: '没有逾期的事项',
  awaitingRating: '没有等待居民评议的事项',
  closed: '还没有办结的事项',
  all: '还没有事项',
}

function Tabs({ tab, counts, onPick }: { tab: QueueTab; counts: Record<QueueTab, number> | null; onPick: (t: QueueTab) => void }) {
  return (
    <View className='wb-tabs' role='tablist'>
      {QUEUE_TABS.map((t) => (
        <View
          key={t}
          className={`wb-tab${t === tab ? ' is-current' : ''}${t === 'overdue' && counts && counts.overdue > 0 ? ' is-alarm' : ''}`}
          data-testid={`workbench-tab-${t}`}
          role='tab'
          aria-selected={t === tab}
          onClick={() => onPick(t)}
        >
          <Text className='wb-tab__count' data-testid='tab-count'>
            {counts ? counts[t] : '–'}
          </Text>
          <Text className='wb-tab__label'>{QUEUE_TAB_LABELS[t]}</Text>
        </View>
      ))}
    </View>
  )
}

/** A leader's choice of whose matters to see: everyone's, or one cadre's. */
function CadreFilter({ cadres, value, onPick }: { cadres: StaffProfile[]; value: string | null; onPick: (openid: string | null) => void }) {
  return (
    <View className='wb-filter sf-chips' data-testid='cadre-filter'>
      <View className={`sf-chip${value === null ? ' is-selected' : ''}`} data-testid='cadre-filter-all' onClick={() => onPick(null)}>
        全部干部
      </View>
      {cadres.map((c) => (
        <View
          key={c.openid}
          className={`sf-chip${value === c.openid ? ' is-selected' : ''}`}
          data-testid={`cadre-filter-${c.openid}`}
          onClick={() => onPick(c.openid)}
        >
          {c.name}
        </View>
      ))}
    </View>
  )
}

/** 工作台: my matters (a leader: the point's) by tab, most urgent first. */
export default function WorkbenchPage() {
  const queue = useQueue()
  const [tab, setTab] = useState<QueueTab>('pending')
  const [cadre, setCadre] = useState<string | null>(null)
  const [me, setMe] = useState<Me | null>(null)
  const [cadres, setCadres] = useState<StaffProfile[]>([])

  useEffect(() => {
    void loadMe().then(async (reply) => {
      if (!reply.ok) return
      setMe(reply.data)
      if (!isLeader(reply.data)) return
      const list = await callStaff({ action: 'staff.list' })
      if (list.ok) {
        setCadres(list.data.staff.filter((s) => s.active && s.roles.some((r) => r === 'cadre' || r === 'leader' || r === 'deputy')))
      }
    })
  }, [])

  // On every show: back from a matter, its tab and the counts are up to date.
  useDidShow(() => void queue.load(tab, cadre))
  usePullDownRefresh(() => void queue.load(tab, cadre).finally(() => Taro.stopPullDownRefresh()))

  const pickTab = (t: QueueTab) => {
    if (t === tab) return
    setTab(t)
    void queue.load(t, cadre)
  }
  const pickCadre = (c: string | null) => {
    if (c === cadre) return
    setCadre(c)
    void queue.load(tab, c)
  }

  const forbidden = !queue.loaded && queue.error?.code === 'FORBIDDEN'
  if (forbidden) {
    const admin = me?.roles.includes('admin')
    return (
      <PageShell className='workbench-page'>
        <EmptyState
          title='工作台仅供干部和领导使用'
          description={admin ? '您是管理员，可以进入「管理」邀请和安排工作人员。' : '如果您是新来的工作人员，请输入管理员给您的邀请码。'}
          testId='workbench-forbidden'
          action={
            <Button
              type='primary'
              size='large'
              block
              onClick={() => Taro.redirectTo({ url: admin ? '/staff/pages/admin/index' : '/staff/pages/join/index' })}
            >
              {admin ? '进入管理' : '输入邀请码'}
            </Button>
          }
        />
      </PageShell>
    )
  }

  const leader = isLeader(me)
  let body
  if (!queue.loaded && queue.error) body = <ErrorState error={queue.error} onRetry={() => void queue.load(tab, cadre)} />
  else if (!queue.loaded) body = <LoadingState />
  else if (queue.items.length === 0) body = <EmptyState title={EMPTY_TEXT[tab]} description='下拉可以刷新' testId='workbench-empty' />
  else
    body = (
      <View data-testid='workbench-list'>
        {queue.error ? <InlineAlert message={`刷新失败：${queue.error.message}`} testId='workbench-refresh-error' /> : null}
        {queue.items.map((item) => (
          <QueueRow key={item.id} item={item} showAssignee={leader} />
        ))}
        {queue.moreError ? <InlineAlert message={queue.moreError.message} testId='workbench-more-error' /> : null}
        {queue.nextCursor ? (
          <Button size='large' block className='wb-more' data-testid='load-more' loading={queue.loadingMore} disabled={queue.loadingMore} onClick={queue.loadMore}>
            {queue.loadingMore ? '正在加载…' : '加载更多'}
          </Button>
        ) : (
          <View className='wb-end'>没有更多了</View>
        )}
      </View>
    )

  return (
    <PageShell className='workbench-page'>
      {me ? (
        <View className='wb-head'>
          <Text className='wb-head__name'>{me.name}</Text>
          <Text className='wb-head__points'>{me.pointsDetail.map((p) => p.name).join('、')}</Text>
        </View>
      ) : null}
      <MessagesEntry box='staff' testId='workbench-messages' />
      <Tabs tab={tab} counts={queue.counts} onPick={pickTab} />
      {leader && cadres.length > 0 ? <CadreFilter cadres={cadres} value={cadre} onPick={pickCadre} /> : null}
      {body}
    </PageShell>
  )
}
