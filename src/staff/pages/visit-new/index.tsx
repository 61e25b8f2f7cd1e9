import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { chinaYmd } from '../../../../domain/kernel/display-dates'
import { diaryEventSchemas } from '../../../../domain/diary/schemas'
import { HOUSEHOLD_FORMS, VISIT_FORM_LABELS, VISIT_FORMS, type VisitForm } from '../../../../domain/diary/visits'
import { DIARY } from '../../../../domain/policy/defaults'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { useLoad } from '../../../hooks/useLoad'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { loadMe, type Me } from '../../lib/me'
import { useSubmit } from '../../lib/useSubmit'
import { visitDrafts, type VisitDraft } from '../../lib/visitDraft'
import FollowsField from './FollowsField'
import HouseholdPicker from './HouseholdPicker'
import '../../components/staff.scss'
import '../diary/diary.scss'

const FORM_OPTIONS = VISIT_FORMS.map((f) => ({ value: f, label: VISIT_FORM_LABELS[f], note: HOUSEHOLD_FORMS.includes(f) ? '入户，计入走访户数' : '在说事点' }))
const NO_NUMBERS = '不记手机号、身份证号'

const toEvent = (d: VisitDraft) => ({
  action: 'visits.create' as const,
  requestId: d.requestId,
  pointCode: d.pointCode,
  form: d.form,
  visitedAt: d.visitedAt,
  household: { address: d.address, met: d.met },
  heard: d.heard,
  difficulties: d.difficulties,
  done: d.done,
  followsItemIds: d.follows,
  ...(d.householdId ? { householdId: d.householdId } : {}),
  ...(!d.householdId && d.addNew && d.area
    ? { newHousehold: { area: d.area, head: d.newHead, members: d.newMembers.trim() === '' ? Number.NaN : Number(d.newMembers) } }
    : {}),
})

/** 写日记: one visit — form, date, household, what was heard and done, matters followed up. Kept as a draft until saved. */
export default function NewVisitPage() {
  const today = chinaYmd(new Date())
  const [me, setMe] = useState<Me | null>(null)
  const [draft, setDraft] = useState<VisitDraft>(() => {
    const d = visitDrafts.load()
    return d.visitedAt ? d : { ...d, visitedAt: today }
  })
  const set = <K extends keyof VisitDraft>(key: K, value: VisitDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const candidates = useLoad(draft.pointCode || null, () => callStaff({ action: 'visits.candidates', pointCode: draft.pointCode }))
  // 包片 areas of the point, when it keeps them (and the caller may: deputies do not)
  const areas = useLoad(draft.pointCode || null, () => callStaff({ action: 'areas.list', pointCode: draft.pointCode }))
  const input = toEvent(draft)
  const form = useSubmit({ schema: diaryEventSchemas['visits.create'], input })

  useEffect(() => {
    void loadMe().then((reply) => {
      if (!reply.ok) return
      setMe(reply.data)
      setDraft((d) => (d.pointCode && reply.data.points.includes(d.pointCode) ? d : { ...d, pointCode: reply.data.points[0] ?? '', follows: [], area: '', householdId: '' }))
    })
  }, [])
  useEffect(() => visitDrafts.save(draft), [draft])

  const send = async () => {
    const saved = await form.submit(diaryEventSchemas['visits.create'], input, (event) => callStaff(event))
    if (!saved) return
    visitDrafts.clear()
    Taro.showToast({ title: '日记已保存', icon: 'success' })
    void Taro.redirectTo({ url: `/staff/pages/visit/index?id=${encodeURIComponent(saved.id)}` })
  }

  const points = me?.pointsDetail ?? []
  return (
    <PageShell className='visit-new-page'>
      <View className='card' data-testid='visit-new'>
        <View className='sf-note'>民情日记只有您和说事点领导能看到。只记需要的：住在哪、见到谁、听到什么、办了什么；{NO_NUMBERS}。</View>
        {points.length > 1 ? (
          <Options
            label='说事点'
            wide
            options={points.map((p) => ({ value: p.code, label: p.name }))}
            value={draft.pointCode || null}
            testPrefix='visit-point'
            error={form.fields.pointCode}
            onChange={(code) => setDraft((d) => ({ ...d, pointCode: code, follows: [], area: '', householdId: '', addNew: false }))}
          />
        ) : null}
        <Options<VisitForm>
          label='走访形式'
          options={FORM_OPTIONS}
          value={(draft.form || null) as VisitForm | null}
          testPrefix='visit-form'
          error={form.fields.form}
          onChange={(f) => set('form', f)}
        />
        <DateField
          label='走访日期'
          testId='visit-date'
          value={draft.visitedAt}
          min={chinaYmd(new Date(), -DIARY.backdateDays)}
          max={today}
          hint={`可以补记 ${DIARY.backdateDays} 天以内的走访`}
          error={form.fields.visitedAt}
          onChange={(d) => set('visitedAt', d)}
        />
        <TextInput
          label='住户地址（楼栋、单元）'
          testId='visit-address'
          value={draft.address}
          maxLength={60}
          placeholder='如：幸福路12号3单元501'
          error={form.fields['household.address']}
          onChange={(v) => setDraft((d) => ({ ...d, address: v, householdId: '' }))}
        />
        {areas.state.status === 'ready' && areas.state.data.areas.length ? (
          <HouseholdPicker areas={areas.state.data.areas} draft={draft} fields={form.fields} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
        ) : null}
        <TextInput label='见到的人' testId='visit-met' value={draft.met} maxLength={30} placeholder='如：王大爷和老伴' hint={NO_NUMBERS} error={form.fields['household.met']} onChange={(v) => set('met', v)} />
        <TextInput label='听到的情况' testId='visit-heard' placeholder='住户说了什么、家里的情况' multiline maxLength={1000} value={draft.heard} error={form.fields.heard} onChange={(v) => set('heard', v)} />
        <TextInput label='住户的困难和诉求' testId='visit-difficulties' placeholder='有什么困难、想办什么事' optional multiline maxLength={500} value={draft.difficulties} error={form.fields.difficulties} onChange={(v) => set('difficulties', v)} />
        <TextInput label='办了什么、答应了什么' testId='visit-done' placeholder='当场办了什么、答应了什么' optional multiline maxLength={500} value={draft.done} error={form.fields.done} onChange={(v) => set('done', v)} />
        {draft.pointCode ? <FollowsField state={candidates.state} value={draft.follows} error={form.fields.followsItemIds} onChange={(ids) => set('follows', ids)} /> : null}
        <SubmitBar label='保存日记' busy={form.busy} error={form.error} onSubmit={() => void send()} testId='visit-submit' />
      </View>
    </PageShell>
  )
}
