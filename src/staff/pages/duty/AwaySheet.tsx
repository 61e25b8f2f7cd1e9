import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { DutyCadreView } from '../../../../domain/duty/api'
import { dutyEventSchemas } from '../../../../domain/duty/schemas'
import { callStaff } from '../../../api/staff'
import { isRecord, readStored, removeStored, writeStored } from '../../../lib/storage'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'

interface Draft {
  openid: string | null
  from: string
  to: string
  reason: string
}

const KEY = 'shuoshi.awayDraft'
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The form as last left, so leaving the page loses nothing typed. */
function loadDraft(fallback: string | null): Draft {
  const d = readStored(KEY, isRecord)
  return { openid: str(d?.openid) || fallback, from: str(d?.from), to: str(d?.to), reason: str(d?.reason) }
}

interface Props {
  /** whom the caller may mark: everyone of the point (managers) or only themselves */
  people: DutyCadreView[]
  me: string
  today: string
  onDone: () => void
  onCancel: () => void
}

/** 请假、外出登记: the days someone cannot be on duty; their duties then show 缺岗. */
export default function AwaySheet({ people, me, today, onDone, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => loadDraft(people.length === 1 ? people[0].openid : me))
  useEffect(() => writeStored(KEY, draft), [draft])
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const input = { action: 'staff.setAway', openid: draft.openid ?? undefined, from: draft.from, to: draft.to, reason: draft.reason }
  const form = useSubmit({ schema: dutyEventSchemas['staff.setAway'], input })

  const send = async () => {
    const done = await form.submit(dutyEventSchemas['staff.setAway'], input, (event) => callStaff(event))
    if (!done) return
    removeStored(KEY)
    Taro.showToast({ title: '已登记，这几天的值班会显示缺岗', icon: 'none', duration: 2500 })
    onDone()
  }

  return (
    <View data-testid='duty-away'>
      {people.length > 1 ? (
        <Options
          label='谁'
          options={people.map((p) => ({ value: p.openid, label: p.openid === me ? `${p.name}（我）` : p.name }))}
          value={draft.openid}
          testPrefix='duty-away-who'
          error={form.fields.openid}
          onChange={(openid) => change({ openid })}
        />
      ) : null}
      <DateField label='从' value={draft.from} min={today} error={form.fields.from} testId='duty-away-from' onChange={(from) => change({ from, to: draft.to && draft.to >= from ? draft.to : from })} />
      <DateField label='到' value={draft.to} min={draft.from || today} error={form.fields.to} testId='duty-away-to' onChange={(to) => change({ to })} />
      <TextInput label='事由' testId='duty-away-reason' value={draft.reason} maxLength={30} placeholder='如：外出培训、病假' error={form.fields.reason} onChange={(reason) => change({ reason })} />
      <SubmitBar label='登记' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} testId='duty-away-save' />
    </View>
  )
}
