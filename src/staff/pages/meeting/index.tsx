import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MeetingView } from '../../../../domain/meetings/api'
import { attendanceInput } from '../../../../domain/meetings/meetings'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { InlineAlert } from '../../../components/States'
import { readParam } from '../../../lib/params'
import InfoRow from '../../components/InfoRow'
import RecordUnavailable from '../../components/RecordUnavailable'
import { dayText, MEETING_STATUS_LABELS } from '../../lib/records'
import { useRecord } from '../../lib/useRecord'
import RecordForm from './RecordForm'
import ForumOpinions from './ForumOpinions'
import '../../components/staff.scss'
import '../../components/records.scss'

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这次会议，或您无权查看' }

function Attendance({ m }: { m: MeetingView }) {
  const a = m.attendance
  if (!a) return null
  return (
    <View className='card' data-testid='meeting-attendance'>
      <View className='sf-card-title'>到会情况</View>
      {a.count !== undefined ? <InfoRow label='到会人数'>{`${a.count} 人${a.eligible ? `（应到 ${a.eligible} 人）` : ''}`}</InfoRow> : null}
      {a.chair ? <InfoRow label='主持人'>{a.chair.name}</InfoRow> : null}
      {a.recorder ? <InfoRow label='记录人'>{a.recorder.name}</InfoRow> : null}
      {a.chair ? (
        <>
          {a.cadres?.length ? <InfoRow label='到会干部'>{a.cadres.map((c) => c.name).join('、')}</InfoRow> : null}
          {a.others?.length ? <InfoRow label='其他到会人员'>{a.others.join('、')}</InfoRow> : null}
        </>
      ) : a.names.length ? (
        // recorded before the choices: the names as typed then
        <InfoRow label={a.count !== undefined ? '主持和到会干部' : `到会 ${a.names.length} 人`}>{a.names.join('、')}</InfoRow>
      ) : null}
      {a.absent?.length ? <InfoRow label='缺席'>{a.absent.join('、')}</InfoRow> : null}
    </View>
  )
}

function Decisions({ m }: { m: MeetingView }) {
  if (m.decisions.length === 0) return null
  return (
    <View className='card' data-testid='meeting-decisions'>
      <View className='sf-card-title'>议定结果</View>
      {m.decisions.map((d) => (
        <View key={d.itemId} className='rec-row' data-testid='meeting-decision'>
          <View className='rec-row__top'>
            <Text>{d.no}</Text>
            <Text className={`rec-status${d.written ? '' : ' is-open'}`}>{d.written ? '已写入事项' : '尚未写入'}</Text>
          </View>
          <View className='rec-row__text'>{d.decision}</View>
          {d.votes ? (
            <View className='rec-row__meta'>
              赞成 {d.votes.for}、反对 {d.votes.against}、弃权 {d.votes.abstain}：{d.passed ? '通过' : '未通过'}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}

/** 会议 (?id=): its agenda; once held, the record form; once recorded, what was decided. */
export default function MeetingPage() {
  const id = readParam(useRouter().params.id)
  const { loaded, load, replace } = useRecord(id, (id) => callStaff({ action: 'meetings.get', id }), { noAccess: NO_ACCESS })
  const [resuming, setResuming] = useState(false)
  const [resumeError, setResumeError] = useState<string | null>(null)

  const recorded = (m: MeetingView) => {
    replace(m)
    Taro.showToast({ title: m.status === 'recorded' ? '已记录' : '已保存，还有未写入的', icon: m.status === 'recorded' ? 'success' : 'none' })
  }

  /** 继续写入: the record kept on the meeting, sent again; what is written already is skipped. */
  const resume = async (m: MeetingView) => {
    const attendance = m.attendance ? attendanceInput(m.attendance) : null
    if (resuming || !attendance) return
    setResuming(true)
    setResumeError(null)
    const decisions = m.decisions.map((d) => ({ itemId: d.itemId, decision: d.decision, ...(d.votes ? { votes: d.votes } : {}) }))
    const r = await callStaff({ action: 'meetings.record', id: m.id, attendance, decisions })
    setResuming(false)
    if (r.ok) recorded(r.data)
    else setResumeError(r.error.message)
  }

  if (loaded.status !== 'ready') return <RecordUnavailable className='meeting-page' state={loaded} noAccess={NO_ACCESS} onRetry={() => void load()} />
  const m = loaded.data
  return (
    <PageShell className='meeting-page'>
      <View className='card' data-testid='meeting-head'>
        <View className='rec-row__top'>
          <Text className='rec-group__title'>{m.body}</Text>
          <Text className={`rec-status${m.status === 'recorded' ? '' : ' is-open'}`} data-testid='meeting-status'>
            {MEETING_STATUS_LABELS[m.status]}
          </Text>
        </View>
        <InfoRow label='会议日期'>{dayText(m.date)}</InfoRow>
        <InfoRow label='说事点'>{m.pointName}</InfoRow>
        <InfoRow label='召集人'>{m.convenedBy}</InfoRow>
        {m.topic ? <InfoRow label='座谈主题'>{m.topic}</InfoRow> : null}
        {m.recordedBy ? <InfoRow label='记录人'>{m.recordedBy}</InfoRow> : null}
      </View>
      {m.opinions ? <ForumOpinions meeting={m} onChange={replace} /> : null}
      {m.opinions ? null : (
      <View className='card' data-testid='meeting-agenda'>
        <View className='sf-card-title'>议程（{m.agenda.length} 件）</View>
        {m.agenda.map((a) => (
          <View key={a.itemId} className='rec-row' onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(a.itemId)}` })}>
            <View className='rec-row__top'>
              <Text>{a.no}</Text>
              <Text className='rec-status'>{a.category}</Text>
            </View>
            <View className='rec-row__text'>{a.excerpt}</View>
            <View className='rec-row__meta'>负责干部：{a.assigneeName}</View>
          </View>
        ))}
      </View>
      )}
      <Attendance m={m} />
      <Decisions m={m} />
      {m.status === 'planned' && m.canRecord ? <RecordForm meeting={m} onDone={recorded} /> : null}
      {m.status === 'planned' && !m.canRecord ? (
        <View className='sf-note' data-testid='meeting-later'>
          会议定于 {dayText(m.date)}；开完会后，由本说事点的领导在这里记录到会情况和议定结果。
        </View>
      ) : null}
      {m.status === 'recording' && m.canRecord ? (
        <View className='rec-actions'>
          <View className='sf-note'>有的决定还没有写入事项（可能是网络中断），请继续写入；已写入的不会重复。</View>
          {resumeError ? <InlineAlert message={resumeError} /> : null}
          <Button type='primary' size='large' block loading={resuming} disabled={resuming} data-testid='meeting-resume' onClick={() => void resume(m)}>
            继续写入
          </Button>
        </View>
      ) : null}
    </PageShell>
  )
}
