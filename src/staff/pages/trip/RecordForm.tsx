import { useEffect, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import type { TripView } from '../../../../domain/meetings/api'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { callStaff } from '../../../api/staff'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { recordDraft } from '../../lib/records'
import { useSubmit } from '../../lib/useSubmit'

interface Row {
  went: 'taken' | 'notTaken'
  takenAt: string
  department: string
  answer: string
}

/** 记录跑办: for each matter, whether it was taken, the day, where (the first time), and the answer if one was given. */
export default function TripRecordForm({ trip, onDone }: { trip: TripView; onDone: (t: TripView) => void }) {
  const drafts = useMemo(() => recordDraft<{ rows: Record<string, Partial<Row>> }>('trip', trip.id), [trip.id])
  const today = chinaYmd(new Date())
  const firstDay = trip.date < today ? trip.date : today
  const [rows, setRows] = useState<Record<string, Partial<Row>>>(() => (drafts.load()?.rows as Record<string, Partial<Row>> | undefined) ?? {})
  useEffect(() => drafts.save({ rows }), [rows, drafts])
  const row = (id: string): Row => ({ went: 'taken', takenAt: firstDay, department: '', answer: '', ...rows[id] })
  const setRow = (id: string, patch: Partial<Row>) => setRows((rs) => ({ ...rs, [id]: { ...row(id), ...patch } }))

  const results = trip.items
    .filter((i) => row(i.itemId).went === 'taken')
    .map((i) => {
      const r = row(i.itemId)
      return { itemId: i.itemId, takenAt: r.takenAt, ...(i.department ? {} : { department: r.department }), ...(r.answer.trim() ? { answer: r.answer } : {}) }
    })
  const input = { action: 'trips.record', id: trip.id, results }
  const schema = meetingEventSchemas['trips.record']
  const form = useSubmit({ schema, input })
  const send = async () => {
    const done = await form.submit(schema, input, (event) => callStaff(event))
    if (done) {
      drafts.clear()
      onDone(done)
    }
  }

  return (
    <View className='card' data-testid='form-trip-record'>
      <View className='sf-card-title'>记录跑办结果</View>
      {trip.items.map((i, n) => {
        const r = row(i.itemId)
        return (
          <View key={i.itemId} className='rec-decision' data-testid={`result-${i.itemId}`}>
            <View className='rec-row__top'>{`${n + 1}. ${i.no} ${i.department ?? '尚未上报'}`}</View>
            <View className='rec-row__text'>{i.excerpt}</View>
            <Options
              label='这次'
              testPrefix={`went-${i.itemId}`}
              options={[
                { value: 'taken', label: '去了' },
                { value: 'notTaken', label: '没有去' },
              ]}
              value={r.went}
              onChange={(went) => setRow(i.itemId, { went })}
            />
            {r.went === 'taken' ? (
              <>
                <DateField label='跑办日期' testId={`form-taken-${i.itemId}`} value={r.takenAt} max={today} onChange={(takenAt) => setRow(i.itemId, { takenAt })} />
                {i.department ? null : (
                  <TextInput
                    label='上级部门'
                    testId={`form-department-${i.itemId}`}
                    maxLength={50}
                    value={r.department}
                    placeholder='例如 区住建局'
                    onChange={(department) => setRow(i.itemId, { department })}
                  />
                )}
                <TextInput
                  label='部门答复'
                  testId={`form-answer-${i.itemId}`} placeholder='部门怎么答复的（还没有可不填）'
                  optional
                  multiline
                  maxLength={500}
                  value={r.answer}
                  hint='还没有答复就不填，下周再去跟进'
                  onChange={(answer) => setRow(i.itemId, { answer })}
                />
              </>
            ) : null}
          </View>
        )
      })}
      <SubmitBar label='保存跑办结果' busy={form.busy} error={form.error} onSubmit={send} />
    </View>
  )
}
