import { useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffProfile } from '../../../../domain/points/api'
import type { QueueTab } from '../../../../domain/matters/handling'
import { callStaff } from '../../../api/staff'
import { useOnShow } from '../../../hooks/useOnShow'
import ListFooter from '../../../components/ListFooter'
import MessagesEntry from '../../../components/MessagesEntry'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import DutyEntry from '../../components/DutyEntry'
import EntryLink from '../../components/EntryLink'
import FiguresEntry from '../../components/FiguresEntry'
import { HANDLERS, inGroup, LEADS, POINT_STAFF, REPRESENTATIVES } from '../../../../domain/points/roles'
import { holdsGroup, isAdmin, isLeader, loadMe, type Me } from '../../lib/me'
import AgendaLinks from './AgendaLinks'
import BoardReviewLink from './BoardReviewLink'
import { CadreFilter, EMPTY_TEXT, Tabs } from './Controls'
import DiaryEntry from './DiaryEntry'
import HomeVisitsLink from './HomeVisitsLink'
import LedgerEntry from './LedgerEntry'
import QueueRow from './QueueRow'
import ReportLinks from './ReportLinks'
import SearchBox from './SearchBox'
import SearchResults from './SearchResults'
import StudioEntry from './StudioEntry'
import { useQueue } from './useQueue'
import { useSearch } from './useSearch'
import '../../components/staff.scss'
import './index.scss'

/** A leader's points, each a way to its 小程序码 and poster. */
function PointCodeLinks({ points }: { points: Me['pointsDetail'] }) {
  if (points.length === 0) return null
  return (
    <View className='wb-codes' data-testid='leader-point-codes'>
      <Text className='wb-codes__label'>说事点小程序码：</Text>
      {points.map((p) => (
        <View
          key={p.code}
          className='sf-chip'
          data-testid={`point-qrcode-${p.code}`}
          onClick={() => Taro.navigateTo({ url: `/staff/pages/qrcode/index?code=${encodeURIComponent(p.code)}` })}
        >
          {p.name}
        </View>
      ))}
    </View>
  )
}

/** The way to 值班台: the day's bookings and walk-ins at the caller's points. */
const DeskEntry = () => <EntryLink title='值班台' sub='当天的预约、到场登记、代登记' url='/staff/pages/desk/index' testId='workbench-desk' />

/** A leader's points, each a way to its 排班. */
function ScheduleLinks({ points }: { points: Me['pointsDetail'] }) {
  if (points.length === 0) return null
  return (
    <View className='wb-codes' data-testid='leader-schedules'>
      <Text className='wb-codes__label'>排班：</Text>
      {points.map((p) => (
        <View
          key={p.code}
          className='sf-chip'
          data-testid={`point-schedule-${p.code}`}
          onClick={() => Taro.navigateTo({ url: `/staff/pages/schedule/index?code=${encodeURIComponent(p.code)}` })}
        >
          {p.name}
        </View>
      ))}
    </View>
  )
}

/** Someone whose only role is 居民代表: their workbench is the quarter's report alone. */
const representativeOnly = (me: Me) => holdsGroup(me, REPRESENTATIVES) && !holdsGroup(me, POINT_STAFF)

/**
 * 工作台. Who is asking is known before anything else is asked: a 居民代表's bench asks
 * nothing of the queue, the messages or the diary, which would refuse them.
 */
export default function WorkbenchPage() {
  const [me, setMe] = useState<Me | 'unknown' | null>(null)
  useEffect(() => void loadMe().then((reply) => setMe(reply.ok ? reply.data : 'unknown')), [])

  if (me === null) return <PageShell className='workbench-page'><LoadingState /></PageShell>
  if (me !== 'unknown' && representativeOnly(me)) {
    return (
      <PageShell className='workbench-page'>
        <View className='wb-head'>
          <Text className='wb-head__name'>{me.name}（居民代表）</Text>
          <Text className='wb-head__points'>{me.pointsDetail.map((p) => p.name).join('、')}</Text>
        </View>
        <ReportLinks leader={false} />
      </PageShell>
    )
  }
  return <StaffBench me={me === 'unknown' ? null : me} />
}

/** 工作台 of the staff: my matters (a leader: the point's) by tab, most urgent first. */
function StaffBench({ me }: { me: Me | null }) {
  const queue = useQueue()
  const search = useSearch()
  const [tab, setTab] = useState<QueueTab>('pending')
  const [cadre, setCadre] = useState<string | null>(null)
  const [cadres, setCadres] = useState<StaffProfile[]>([])

  useEffect(() => {
    if (!isLeader(me)) return
    void callStaff({ action: 'staff.list' }).then((list) => {
      if (list.ok) setCadres(list.data.staff.filter((s) => s.active && inGroup(s.roles, POINT_STAFF)))
    })
  }, [me])

  // On every show: back from a matter, its tab and the counts are up to date.
  useOnShow(() => void queue.load(tab, cadre))
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
    const admin = isAdmin(me)
    return (
      <PageShell className='workbench-page'>
        {holdsGroup(me, LEADS) ? <BoardReviewLink /> : null}
        <StudioEntry me={me} />
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
  // 公开审核 is the right of whoever leads a point: its leaders, and admins at every point
  const moderator = holdsGroup(me, LEADS)
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
        <ListFooter more={Boolean(queue.nextCursor)} loading={queue.loadingMore} error={queue.moreError} onMore={queue.loadMore} errorTestId='workbench-more-error' />
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
      <View className='wb-tools' data-testid='workbench-tools'>
        {me ? <DeskEntry /> : null}
        <DutyEntry />
        <DiaryEntry />
        <HomeVisitsLink />
        {me ? <LedgerEntry leader={leader} /> : null}
        {holdsGroup(me, HANDLERS) ? <EntryLink title='包片' sub='片区和住户：四知四清四掌握' url='/staff/pages/areas/index' testId='workbench-areas' /> : null}
        <StudioEntry me={me} />
        {leader ? <FiguresEntry /> : null}
        {moderator ? <BoardReviewLink /> : null}
        {moderator ? <EntryLink title='公告（公开反馈）' sub='群众普遍关注的事，集中公开答复' url='/staff/pages/notices/index' testId='workbench-notices' /> : null}
        {me ? <AgendaLinks leader={leader} /> : null}
        {leader ? <ReportLinks leader /> : null}
      </View>
      {leader && me ? <PointCodeLinks points={me.pointsDetail} /> : null}
      {leader && me ? <ScheduleLinks points={me.pointsDetail} /> : null}
      {leader ? (
        <View className='sf-chip wb-export' data-testid='open-exports' onClick={() => Taro.navigateTo({ url: '/staff/pages/exports/index' })}>
          导出事项（表格）
        </View>
      ) : null}
      <SearchBox active={search.query !== null} onSearch={(q) => void search.search(q)} onClear={search.clear} />
      {search.query !== null ? (
        <SearchResults search={search} showAssignee={leader} />
      ) : (
        <>
          <Tabs tab={tab} counts={queue.counts} onPick={pickTab} />
          {leader && cadres.length > 0 ? <CadreFilter cadres={cadres} value={cadre} onPick={pickCadre} /> : null}
          {body}
        </>
      )}
    </PageShell>
  )
}
