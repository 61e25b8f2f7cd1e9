import { useEffect, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import type { MeetingView } from '../../../../domain/meetings/api'
import { checkVotes, isAssembly } from '../../../../domain/meetings/meetings'
import { meetingEventSchemas } from '../../../../domain/meetings/schemas'
import { callStaff } from '../../../api/staff'
import Field from '../../components/Field'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { numberOf, recordDraft, splitNames } from '../../lib/records'
import { useSubmit } from '../../lib/useSubmit'
import AttendanceFields, { type AttendanceDraft } from './AttendanceFields'

interface Row {
  take: 'decided' | 'deferred'
  decision: string
  for: string
  against: string
  abstain: string
}

interface Draft extends AttendanceDraft {
  count: string
  eligible: string
  rows: Record<string, Row>
}

const EMPTY_ROW: Row = { take: 'decided', decision: '', for: '', against: '', abstain: '' }

function NumberBox({ label, testId, value, optional, unit = '人数', onChange }: { label: string; testId: string; value: string; optional?: boolean; unit?: string; onChange: (v: string) => void }) {
  return (
    <Field label={label} testId={testId} optional={optional}>
      <Input className='sf-input' type='number' value={value} placeholder={unit} onChange={onChange} />
    </Field>
  )
}

/** 记录会议: who came (for a 村民会议 how many), and each matter's decision (and votes), kept as a draft until sent. */
export default function RecordForm({ meeting, onDone }: { meeting: MeetingView; onDone: (m: MeetingView) => void }) {
  const drafts = useMemo(() => recordDraft<Draft>('meeting', meeting.id), [meeting.id])
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = drafts.load()
    // a draft kept before the choices (a names text) starts the choices afresh
    const { names: _names, ...rest } = (saved ?? {}) as Partial<Draft> & { names?: unknown }
    return { chair: null, recorder: null, cadres: [], others: '', absent: '', count: '', eligible: '', rows: {}, ...rest }
  })
  useEffect(() => drafts.save(draft), [draft, drafts])
  const assembly = isAssembly(meeting.body)
  const row = (id: string): Row => ({ ...EMPTY_ROW, ...draft.rows[id] })
  const setRow = (id: string, patch: Partial<Row>) => setDraft((d) => ({ ...d, rows: { ...d.rows, [id]: { ...EMPTY_ROW, ...d.rows[id], ...patch } } }))

  const others = splitNames(draft.others)
  const absent = splitNames(draft.absent)
  const attendance = {
    chair: draft.chair ?? '',
    recorder: draft.recorder ?? '',
    cadres: draft.cadres.filter((c) => c !== draft.chair && c !== draft.recorder),
    ...(others.length ? { others } : {}),
    ...(absent.length ? { absent } : {}),
    ...(assembly ? { count: numberOf(draft.count), ...(draft.eligible.trim() ? { eligible: numberOf(draft.eligible) } : {}) } : {}),
  }
  const decisions = meeting.agenda
    .filter((a) => row(a.itemId).take === 'decided')
    .map((a) => {
      const r = row(a.itemId)
      const votes = { for: numberOf(r.for), against: numberOf(r.against), abstain: numberOf(r.abstain) }
      return { itemId: a.itemId, decision: r.decision, ...(assembly ? { votes } : {}) }
    })
  const input = { action: 'meetings.record', id: meeting.id, attendance, decisions }
  const schema = meetingEventSchemas['meetings.record']
  const form = useSubmit({ schema, input })

  const send = async () => {
    const parsed = schema.safeParse(input)
    if (parsed.success) {
      // the rules that depend on the meeting, before anything is sent (names: the server's, from the staff list)
      const a = parsed.data.attendance
      const present = isAssembly(meeting.body) ? (a.count ?? 0) : new Set([a.chair, a.recorder, ...a.cadres]).size + (a.others?.length ?? 0)
      for (const d of parsed.data.decisions) {
        const v = checkVotes(meeting.body, d.votes, present)
        if (v) return form.fail(`${meeting.agenda.find((x) => x.itemId === d.itemId)?.no ?? ''}：${v}`)
      }
    }
    const done = await form.submit(schema, input, (event) => callStaff(event))
    if (done) {
      drafts.clear()
      onDone(done)
    }
  }

  return (
    <View className='card' data-testid='form-meeting-record'>
      <View className='sf-card-title'>记录会议</View>
      {assembly ? (
        <>
          <NumberBox label='到会人数' testId='form-count' value={draft.count} onChange={(count) => setDraft((d) => ({ ...d, count }))} />
          <NumberBox label='应到人数' testId='form-eligible' optional value={draft.eligible} onChange={(eligible) => setDraft((d) => ({ ...d, eligible }))} />
        </>
      ) : null}
      <AttendanceFields pointCode={meeting.pointCode} draft={draft} fields={form.fields} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      {meeting.agenda.map((a, n) => {
        const r = row(a.itemId)
        // the schema's messages are by place among the decisions sent
        const at = decisions.findIndex((d) => d.itemId === a.itemId)
        const fieldError = (name: string) => (at >= 0 ? form.fields[`decisions.${at}.${name}`] : undefined)
        return (
          <View key={a.itemId} className='rec-decision' data-testid={`decision-${a.itemId}`}>
            <View className='rec-row__top'>{`${n + 1}. ${a.no} ${a.category}`}</View>
            <View className='rec-row__text'>{a.excerpt}</View>
            <Options
              label='本次'
              testPrefix={`take-${a.itemId}`}
              options={[
                { value: 'decided', label: '作出决定' },
                { value: 'deferred', label: '暂缓，下次再议' },
              ]}
              value={r.take}
              onChange={(take) => setRow(a.itemId, { take })}
            />
            {r.take === 'decided' ? (
              <>
                <TextInput
                  label='议定结果'
                  testId={`form-decision-${a.itemId}`}
                  multiline
                  maxLength={500}
                  value={r.decision}
                  error={fieldError('decision')}
                  placeholder={`${meeting.body}决定了什么（会告知居民）`}
                  onChange={(decision) => setRow(a.itemId, { decision })}
                />
                {assembly ? (
                  <View className='rec-votes'>
                    <NumberBox label='赞成' testId={`form-for-${a.itemId}`} unit='票数' value={r.for} onChange={(v) => setRow(a.itemId, { for: v })} />
                    <NumberBox label='反对' testId={`form-against-${a.itemId}`} unit='票数' value={r.against} onChange={(v) => setRow(a.itemId, { against: v })} />
                    <NumberBox label='弃权' testId={`form-abstain-${a.itemId}`} unit='票数' value={r.abstain} onChange={(v) => setRow(a.itemId, { abstain: v })} />
                  </View>
                ) : null}
              </>
            ) : null}
          </View>
        )
      })}
      <SubmitBar label='保存会议记录' busy={form.busy} error={form.error} onSubmit={() => void send()} testId='form-submit' />
    </View>
  )
}
