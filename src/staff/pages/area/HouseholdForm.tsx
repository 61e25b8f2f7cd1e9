import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { HouseholdView } from '../../../../domain/areas/api'
import { HOUSEHOLD_FLAG_LABELS, HOUSEHOLD_FLAGS, type HouseholdFlag } from '../../../../domain/areas/households'
import { areaEventSchemas } from '../../../../domain/areas/schemas'
import { callStaff } from '../../../api/staff'
import Field from '../../components/Field'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

const NO_NUMBERS = '不记电话号码、身份证号、银行卡号'

const flagsOf = (s: string) => s.split(',').filter((f): f is HouseholdFlag => (HOUSEHOLD_FLAGS as readonly string[]).includes(f))

/** 添加住户 or 修改 one: address, 户主, members, the 四清 flags as checkboxes, a short note. The draft is kept per household. */
export default function HouseholdForm({ area, editing, onSaved, onCancel }: { area: string; editing: HouseholdView | null; onSaved: () => void; onCancel: () => void }) {
  const start = () =>
    editing
      ? { address: editing.address, head: editing.head, members: String(editing.members), flags: editing.flags.join(','), note: editing.note }
      : { address: '', head: '', members: '', flags: '', note: '' }
  const { draft, update, clear } = useStoredDraft(`shuoshi.householdDraft.${area}.${editing?.id ?? 'new'}`, start)
  const flags = flagsOf(draft.flags)
  const toggle = (f: HouseholdFlag) => update({ flags: (flags.includes(f) ? flags.filter((x) => x !== f) : [...flags, f]).join(',') })
  const input = {
    action: 'households.save' as const,
    area,
    ...(editing ? { id: editing.id } : {}),
    address: draft.address,
    head: draft.head,
    members: draft.members.trim() === '' ? Number.NaN : Number(draft.members),
    flags,
    note: draft.note,
  }
  const form = useSubmit({ schema: areaEventSchemas['households.save'], input })
  const save = async () => {
    const saved = await form.submit(areaEventSchemas['households.save'], input, (e) => callStaff(e))
    if (!saved) return
    clear()
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved()
  }
  return (
    <View className='card' data-testid='household-form'>
      <TextInput label='住址（楼栋、单元、门牌）' testId='household-address' value={draft.address} maxLength={60} placeholder='如：幸福路12号3单元501' error={form.fields.address} onChange={(v) => update({ address: v })} />
      <TextInput label='户主' testId='household-head' value={draft.head} maxLength={20} placeholder='户主姓名' hint={NO_NUMBERS} error={form.fields.head} onChange={(v) => update({ head: v })} />
      <TextInput label='家庭人口（人）' testId='household-members' value={draft.members} maxLength={2} placeholder='如：3' error={form.fields.members} onChange={(v) => update({ members: v.replace(/[^\d]/g, '') })} />
      <Field label='需要掌握的情况' optional error={form.fields.flags} hint='可以多选；没有就不选'>
        <View className='sf-chips'>
          {HOUSEHOLD_FLAGS.map((f) => (
            <View key={f} className={`sf-chip${flags.includes(f) ? ' is-selected' : ''}`} data-testid={`household-flag-${f}`} role='checkbox' aria-checked={flags.includes(f)} onClick={() => toggle(f)}>
              {HOUSEHOLD_FLAG_LABELS[f]}
            </View>
          ))}
        </View>
      </Field>
      <TextInput label='备注' testId='household-note' value={draft.note} optional multiline maxLength={200} placeholder='家里的情况，需要留意什么' hint={NO_NUMBERS} error={form.fields.note} onChange={(v) => update({ note: v })} />
      <SubmitBar label={editing ? '保存修改' : '添加住户'} busy={form.busy} error={form.error} onSubmit={() => void save()} onCancel={() => { clear(); onCancel() }} testId='household-submit' />
    </View>
  )
}
