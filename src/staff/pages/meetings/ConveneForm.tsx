import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import type { MeetingView, WaitingItem } from '../../../../domain/meetings/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { MEETING_BODIES, WAITING_BODIES, type MeetingBody } from '../../../../domain/meetings/meetings'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { ErrorState, LoadingState } from '../../../components/States'
import { newRequestId } from '../../../lib/randomId'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import PickList from '../../components/PickList'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'
import { dayText } from '../../lib/records'

const BODY_NOTES: Record<MeetingBody, string> = {
  主要干部: '一般事项',
  两委会: '稍大事项',
  议事会: '大事项',
  村民会议: '特大事项，表决',
}

type Candidates = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; items: WaitingItem[] }

/** 召集会议: the body, the day (a past meeting can be entered afterwards), and its matters. */
export default function ConveneForm({ pointCode, initialBody, onDone, onCancel }: {
  pointCode: string
  initialBody: MeetingBody
  onDone: (m: MeetingView) => void
  onCancel: () => void
}) {
  const [body, setBody] = useState<MeetingBody>(initialBody)
  const [date, setDate] = useState(() => chinaYmd(new Date()))
  const [itemIds, setItemIds] = useState<string[]>([])
  const [candidates, setCandidates] = useState<Candidates>({ status: 'loading' })
  const requestId = useRef(newRequestId())
  const input = { action: 'meetings.create', requestId: requestId.current, pointCode, body, date, itemIds }
  const schema = meetingEventSchemas['meetings.create']
  const form = useSubmit({ schema, input })

  const load = async (b: MeetingBody) => {
    setCandidates({ status: 'loading' })
    const r = await callStaff({ action: 'meetings.waiting', pointCode, body: b })
    setCandidates(r.ok ? { status: 'ready', items: r.data.groups[0]?.items ?? [] } : { status: 'error', error: r.error })
  }
  useEffect(() => {
    void load(body)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, pointCode])

  const pickBody = (b: MeetingBody) => {
    if (b === body) return
    setBody(b)
    setItemIds([])
  }
  const send = async () => {
    const made = await form.submit(schema, input, (event) => callStaff(event))
    if (made) onDone(made)
  }

  let list
  if (candidates.status === 'loading') list = <LoadingState text='正在查找可以上会的事项…' />
  else if (candidates.status === 'error') list = <ErrorState error={candidates.error} onRetry={() => void load(body)} />
  else if (candidates.items.length === 0) list = <View className='sf-note' data-testid='convene-none'>没有等待{body}决定的事项（受理时定为“{BODY_NOTES[body]}”的才能上会）</View>
  else
    list = (
      <PickList
        label='议程（选择要决定的事项）'
        items={candidates.items.map((i) => ({
          id: i.id,
          title: `${i.no} ${i.category}`,
          detail: i.excerpt,
          tag: i.plannedMeeting ? `已排入 ${dayText(i.plannedMeeting.date)}` : undefined,
        }))}
        selected={itemIds}
        error={form.fields.itemIds}
        onChange={setItemIds}
      />
    )

  return (
    <View data-testid='form-convene'>
      <Options
        label='会议'
        testPrefix='body'
        options={MEETING_BODIES.map((b) => ({ value: b, label: b, note: BODY_NOTES[b] }))}
        value={body}
        hint={WAITING_BODIES.includes(body) ? undefined : '一般事项由主要干部商议，可以不开会；需要时也可以记录'}
        onChange={pickBody}
      />
      <DateField
        label='会议日期'
        value={date}
        min={chinaYmd(new Date(), -365)}
        max={chinaYmd(new Date(), 365)}
        hint='可以是今天、以后的日子，也可以补记已经开过的会'
        error={form.fields.date}
        onChange={setDate}
      />
      {list}
      <SubmitBar label='召集会议' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} disabled={candidates.status !== 'ready' || candidates.items.length === 0} />
    </View>
  )
}
