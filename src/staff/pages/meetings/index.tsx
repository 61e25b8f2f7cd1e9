import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingSummary, MeetingView, WaitingPage } from '../../../../domain/meetings/api'
import { WAITING_BODIES, type MeetingBody } from '../../../../domain/meetings/meetings'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import PointPicker from '../../components/PointPicker'
import Sheet from '../../components/Sheet'
import { MEETING_STAFF } from '../../../../domain/points/roles'
import { holdsGroup, isLeader, loadMe, type Me } from '../../lib/me'
import { dayText, MEETING_STATUS_LABELS } from '../../lib/records'
import ConveneForm from './ConveneForm'
import WaitingGroups from './WaitingGroups'
import '../../components/staff.scss'
import '../../components/records.scss'

type Waiting = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; page: WaitingPage }

function MeetingRow({ m }: { m: MeetingSummary }) {
  return (
    <View className='rec-row' data-testid='meeting-row' onClick={() => Taro.navigateTo({ url: `/staff/pages/meeting/index?id=${encodeURIComponent(m.id)}` })}>
      <View className='rec-row__top'>
        <Text>
          {dayText(m.date)} {m.body}
        </Text>
        <Text className={`rec-status${m.status === 'recorded' ? '' : ' is-open'}`}>{MEETING_STATUS_LABELS[m.status]}</Text>
      </View>
      <View className='rec-row__meta'>
        议程 {m.agendaCount} 件{m.status === 'recorded' ? `，议定 ${m.decidedCount} 件` : ''}
      </View>
    </View>
  )
}

/** 集中议事: what waits for which body, 召集会议, and the point's meetings. */
export default function MeetingsPage() {
  const [me, setMe] = useState<Me | null>(null)
  const [pointCode, setPointCode] = useState<string | null>(null)
  const [waiting, setWaiting] = useState<Waiting>({ status: 'loading' })
  const [convene, setConvene] = useState<MeetingBody | null>(null)
  const list = usePagedList<MeetingSummary, { items: MeetingSummary[]; nextCursor: string | null }>()
  const { load: loadList } = list

  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return setWaiting({ status: 'error', error: r.error })
      setMe(r.data)
      setPointCode(r.data.points[0] ?? null)
    })
  }, [])

  const load = useCallback(
    async (code: string, quiet = false) => {
      if (!quiet) setWaiting({ status: 'loading' })
      const meetings = loadList(
        async (cursor) => {
          const r = await callStaff({ action: 'meetings.list', pointCode: code, ...(cursor ? { cursor } : {}) })
          return r.ok ? { ok: true, data: { items: r.data.meetings, nextCursor: r.data.nextCursor } } : r
        },
        { clear: !quiet },
      )
      const r = await callStaff({ action: 'meetings.waiting', pointCode: code })
      setWaiting(r.ok ? { status: 'ready', page: r.data } : { status: 'error', error: r.error })
      await meetings
    },
    [loadList],
  )

  useEffect(() => {
    if (pointCode) void load(pointCode)
  }, [pointCode, load])
  useDidShow(() => void (pointCode && load(pointCode, true)))
  usePullDownRefresh(() => void (pointCode ? load(pointCode, true) : Promise.resolve()).finally(() => Taro.stopPullDownRefresh()))

  const convened = (m: MeetingView) => {
    setConvene(null)
    void Taro.navigateTo({ url: `/staff/pages/meeting/index?id=${encodeURIComponent(m.id)}` })
  }

  if (me && !holdsGroup(me, MEETING_STAFF)) {
    return (
      <PageShell className='meetings-page'>
        <EmptyState title='集中议事仅供干部和领导使用' testId='meetings-forbidden' />
      </PageShell>
    )
  }

  let top
  if (waiting.status === 'loading') top = <LoadingState />
  else if (waiting.status === 'error' && waiting.error.code !== 'FORBIDDEN') top = <ErrorState error={waiting.error} onRetry={() => pointCode && void load(pointCode)} />
  else if (waiting.status === 'ready') top = <WaitingGroups groups={waiting.page.groups} onConvene={setConvene} />

  return (
    <PageShell className='meetings-page'>
      {me ? <PointPicker points={me.pointsDetail} value={pointCode} onPick={setPointCode} /> : null}
      {isLeader(me) ? (
        <>
          <View className='section-title'>待议事</View>
          {top}
          <View className='rec-actions'>
            <Button type='primary' size='large' block data-testid='convene' onClick={() => setConvene(WAITING_BODIES[0])}>
              召集会议
            </Button>
          </View>
        </>
      ) : null}
      <View className='section-title'>会议记录</View>
      {!list.loaded && list.error ? <ErrorState error={list.error} onRetry={() => pointCode && void load(pointCode)} /> : null}
      {!list.loaded && !list.error ? <LoadingState /> : null}
      {list.loaded && list.items.length === 0 ? <EmptyState title='还没有会议记录' description='召集的会议和记录的决定都在这里' testId='meetings-empty' /> : null}
      {list.items.length > 0 ? (
        <View className='card' data-testid='meetings-list'>
          {list.items.map((m) => (
            <MeetingRow key={m.id} m={m} />
          ))}
          <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
        </View>
      ) : null}
      <Sheet title='召集会议' open={convene !== null && pointCode !== null} onClose={() => setConvene(null)} testId='convene-sheet'>
        {convene && pointCode ? <ConveneForm pointCode={pointCode} initialBody={convene} onDone={convened} onCancel={() => setConvene(null)} /> : null}
      </Sheet>
    </PageShell>
  )
}
