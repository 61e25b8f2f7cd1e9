import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PlanEntryView, StudioPlanView } from '../../../../domain/studio/api'
import { HALF_LABELS, HALVES, PLAN_KIND_LABELS, PLAN_KINDS, planWarnings, sortEntries, type Half, type PlanKind } from '../../../../domain/studio/plan'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { callStaff } from '../../../api/staff'
import { InlineAlert } from '../../../components/States'
import DateField from '../../components/DateField'

const lastDay = (month: string) => `${month}-${String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate()).padStart(2, '0')}`

/** A half-day to add: date, morning or afternoon, what, and who. */
function NewEntry({ plan, onAdd }: { plan: StudioPlanView; onAdd: (e: PlanEntryView) => void }) {
  const [date, setDate] = useState('')
  const [half, setHalf] = useState<Half>('am')
  const [kind, setKind] = useState<PlanKind>('reception')
  const [who, setWho] = useState<string[]>([])
  const toggle = (openid: string) => setWho((w) => (w.includes(openid) ? w.filter((x) => x !== openid) : [...w, openid]))
  return (
    <View className='studio-new' data-testid='studio-new'>
      <DateField label='日期' value={date} min={`${plan.month}-01`} max={lastDay(plan.month)} testId='studio-new-date' onChange={setDate} />
      <View className='sf-chips'>
        {HALVES.map((h) => (
          <View key={h} className={`sf-chip${half === h ? ' is-selected' : ''}`} data-testid={`studio-new-${h}`} onClick={() => setHalf(h)}>
            {HALF_LABELS[h]}
          </View>
        ))}
        {PLAN_KINDS.map((k) => (
          <View key={k} className={`sf-chip${kind === k ? ' is-selected' : ''}`} data-testid={`studio-new-${k}`} onClick={() => setKind(k)}>
            {PLAN_KIND_LABELS[k]}
          </View>
        ))}
      </View>
      <View className='sf-chips'>
        {plan.deputies.map((d) => (
          <View key={d.openid} className={`sf-chip${who.includes(d.openid) ? ' is-selected' : ''}`} data-testid={`studio-new-deputy-${d.openid}`} onClick={() => toggle(d.openid)}>
            {d.name}
          </View>
        ))}
      </View>
      <Button size='large' disabled={!date || who.length === 0} data-testid='studio-new-add' onClick={() => onAdd({ date, half, kind, deputies: plan.deputies.filter((d) => who.includes(d.openid)), note: '' })}>
        加入安排
      </Button>
    </View>
  )
}

/** The liaison's month: the draft with live warnings, the rotation's proposal, save and publish. */
export default function PlanEditor({ plan, onSaved }: { plan: StudioPlanView; onSaved: (p: StudioPlanView) => void }) {
  const [draft, setDraft] = useState<PlanEntryView[]>(plan.entries)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setDraft(plan.entries), [plan])
  const warnings = planWarnings(draft)
  const save = async (publish: boolean) => {
    setBusy(true)
    setError(null)
    const entries = draft.map((e) => ({ date: e.date, half: e.half, kind: e.kind, deputies: e.deputies.map((d) => d.openid), note: e.note }))
    const r = await callStaff({ action: 'studio.savePlan', pointCode: plan.pointCode, month: plan.month, entries, publish })
    setBusy(false)
    if (r.ok) onSaved(r.data)
    else setError(r.error.message)
  }
  return (
    <View className='card studio-section' data-testid='studio-plan'>
      <Text className='studio-section__title'>{plan.published ? '已发布到工作室页面' : '尚未发布'}</Text>
      {warnings.map((w) => (
        <InlineAlert key={w} message={w} testId='studio-warning' />
      ))}
      {draft.length === 0 ? <Text className='sf-muted'>还没有安排。可以先采用轮值建议，再调整。</Text> : null}
      {sortEntries(draft).map((e) => (
        <View key={`${e.date}-${e.half}`} className='studio-row' data-testid={`studio-entry-${e.date}-${e.half}`}>
          <Text>
            {chineseDayOf(e.date)} {HALF_LABELS[e.half]} · {PLAN_KIND_LABELS[e.kind]} · {e.deputies.map((d) => d.name).join('、')}
          </Text>
          {plan.can.save ? (
            <View className='sf-chip' data-testid={`studio-remove-${e.date}-${e.half}`} onClick={() => setDraft((d) => d.filter((x) => x !== e))}>
              删除
            </View>
          ) : null}
        </View>
      ))}
      {plan.can.save ? (
        <>
          <Button size='large' data-testid='studio-adopt' disabled={plan.proposal.length === 0} onClick={() => setDraft(plan.proposal)}>
            采用轮值建议（每周五上午一位代表，月末集体活动）
          </Button>
          <NewEntry plan={plan} onAdd={(e) => setDraft((d) => [...d.filter((x) => x.date !== e.date || x.half !== e.half), e])} />
          {error ? <InlineAlert message={error} testId='studio-plan-error' /> : null}
          <View className='studio-actions'>
            <Button size='large' loading={busy} disabled={busy} data-testid='studio-save' onClick={() => void save(false)}>
              保存
            </Button>
            <Button type='primary' size='large' loading={busy} disabled={busy} data-testid='studio-publish' onClick={() => void save(true)}>
              保存并发布
            </Button>
          </View>
        </>
      ) : null}
    </View>
  )
}
