import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingSummary, MeetingView } from '../../../../domain/meetings/api'
import { WAITING_BODIES, type MeetingBody } from '../../../../domain/meetings/meetings'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import PointPicker from '../../components/PointPicker'
import RecordList from '../../components/RecordList'
import Sheet from '../../components/Sheet'
import { MEETING_STAFF } from '../../../../domain/points/roles'
import { holdsGroup, isLeader } from '../../lib/me'
import { dayText, MEETING_STATUS_LABELS } from '../../lib/records'
import { asPage, usePointRecords } from '../../lib/usePointRecords'
import ConveneForm from './ConveneForm'
import ForumForm from './ForumForm'
import WaitingGroups from './WaitingGroups'
import '../../components/staff.scss'
import '../../components/records.scss'

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
        {m.body === '座谈会' ? '听取群众意见' : `议程 ${m.agendaCount} 件${m.status === 'recorded' ? `，议定 ${m.decidedCount} 件` : ''}`}
      </View>
    </View>
  )
}

/** 集中议事: what waits for which body, 召集会议, and the point's meetings. */
export default function MeetingsPage() {
  const [convene, setConvene] = useState<MeetingBody | null>(null)
  const [forum, setForum] = useState(false)
  const { me, pointCode, setPointCode, top: waiting, list, retry } = usePointRecords({
    top: (pointCode: string) => callStaff({ action: 'meetings.waiting', pointCode }),
    rows: (pointCode: string, cursor?: string) => callStaff({ action: 'meetings.list', pointCode, ...(cursor ? { cursor } : {}) }).then(asPage('meetings')),
  })

  const convened = (m: MeetingView) => {
    setConvene(null)
    setForum(false)
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
  else if (waiting.status === 'error' && waiting.error.code !== 'FORBIDDEN') top = <ErrorState error={waiting.error} onRetry={retry} />
  else if (waiting.status === 'ready') top = <WaitingGroups groups={waiting.data.groups} onConvene={setConvene} />

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
            <Button size='large' block data-testid='convene-forum' onClick={() => setForum(true)}>
              召开座谈会（干部问事）
            </Button>
          </View>
        </>
      ) : null}
      <View className='section-title'>会议记录</View>
      <RecordList list={list} empty={{ title: '还没有会议记录', description: '召集的会议和记录的决定都在这里', testId: 'meetings-empty' }} testId='meetings-list' onRetry={retry}>
        {(m) => <MeetingRow key={m.id} m={m} />}
      </RecordList>
      <Sheet title='召集会议' open={convene !== null && pointCode !== null} onClose={() => setConvene(null)} testId='convene-sheet'>
        {convene && pointCode ? <ConveneForm pointCode={pointCode} initialBody={convene} onDone={convened} onCancel={() => setConvene(null)} /> : null}
      </Sheet>
      <Sheet title='召开座谈会' open={forum && pointCode !== null} onClose={() => setForum(false)} testId='forum-sheet'>
        {forum && pointCode ? <ForumForm pointCode={pointCode} onDone={convened} onCancel={() => setForum(false)} /> : null}
      </Sheet>
    </PageShell>
  )
}
