import { useEffect, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import type { MeetingView } from '../../../../domain/api-meetings'
import { checkAttendance, checkVotes, isAssembly, presentCount } from '../../../../domain/meetings'
import { staffEventSchemas } from '../../../../domain/staff-schemas'
import { callStaff } from '../../../api/staff'
import Field from '../../components/Field'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { numberOf, recordDraft, splitNames } from '../../lib/records'
import { useSubmit } from '../../lib/useSubmit'

interface Row {
  take: 'decided' | 'deferred'
  decision: string
  for: string
  against: string
  abstain: string
}

interface Draft {
  names: string
  absent: string
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
    return { names: '', absent: '', count: '', eligible: '', rows: {}, ...saved }
  })
  useEffect(() => drafts.save(draft), [draft, drafts])
  const assembly = isAssembly(meeting.body)
  const row = (id: string): Row => ({ ...EMPTY_ROW, ...draft.rows[id] })
  const setRow = (id: string, patch: Partial<Row>) => setDraft((d) => ({ ...d, rows: { ...d.rows, [id]: { ...EMPTY_ROW, ...d.rows[id], ...patch } } }))

  const absent = splitNames(draft.absent)
  const attendance = {
    names: splitNames(draft.names),
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
  const schema = staffEventSchemas['meetings.record']
  const form = useSubmit({ schema, input })

  const send = async () => {
    const parsed = schema.safeParse(input)
    if (parsed.success) {
      // the rules that depend on the meeting, before anything is sent
      const a = checkAttendance(meeting.body, parsed.data.attendance)
      if (a) return form.fail(a)
      const present = presentCount(meeting.body, parsed.data.attendance)
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
      <TextInput
        label={assembly ? '主持人、记录人和到会干部' : '到会人员'}
        testId='form-names'
        optional={assembly}
        value={draft.names}
        error={form.fields['attendance.names']}
        placeholder='姓名之间用空格或顿号隔开'
        onChange={(names) => setDraft((d) => ({ ...d, names }))}
      />
      <TextInput label='缺席人员' testId='form-absent' optional value={draft.absent} placeholder='姓名之间用空格或顿号隔开' onChange={(v) => setDraft((d) => ({ ...d, absent: v }))} />
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
