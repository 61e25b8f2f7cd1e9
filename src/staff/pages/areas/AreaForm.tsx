import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { AreaView } from '../../../../domain/areas/api'
import { areaEventSchemas } from '../../../../domain/areas/schemas'
import { mayTakeArea } from '../../../../domain/areas/policy'
import type { StaffProfile } from '../../../../domain/points/api'
import { callStaff } from '../../../api/staff'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

/** 楼栋、村组 as typed: one per line, or separated by 、，or spaces. */
export const unitsOf = (s: string) => s.split(/[、，,;；\s]+/).map((u) => u.trim()).filter(Boolean)

const blank = () => ({ id: '', name: '', units: '', cadre: '' })

/** A leader's new area, or an edit of one (`editing`): its name, 楼栋 / 村组 and cadre. The draft is kept per point. */
export default function AreaForm({ pointCode, editing, onSaved, onCancel }: { pointCode: string; editing: AreaView | null; onSaved: () => void; onCancel: () => void }) {
  const { draft, update, clear } = useStoredDraft(`shuoshi.areaDraft.${pointCode}`, blank)
  const [cadres, setCadres] = useState<StaffProfile[] | null>(null)
  // a kept draft is for the area it was begun on: another area, or a new one, starts afresh
  useEffect(() => {
    if (editing && draft.id !== editing.id) update({ id: editing.id, name: editing.name, units: editing.units.join('、'), cadre: editing.cadre.openid })
    if (!editing && draft.id) update(blank())
  }, [editing, draft.id, update])
  useEffect(() => {
    void callStaff({ action: 'staff.list' }).then((r) => setCadres(r.ok ? r.data.staff.filter((s) => mayTakeArea({ ...s, nodes: s.nodes ?? [] }, pointCode)) : []))
  }, [pointCode])
  const input = { action: 'areas.save' as const, pointCode, ...(draft.id ? { id: draft.id } : {}), name: draft.name, units: unitsOf(draft.units), cadre: draft.cadre }
  const form = useSubmit({ schema: areaEventSchemas['areas.save'], input })
  const save = async () => {
    const saved = await form.submit(areaEventSchemas['areas.save'], input, (e) => callStaff(e))
    if (!saved) return
    clear()
    update(blank())
    Taro.showToast({ title: '片区已保存', icon: 'success' })
    onSaved()
  }
  const cancel = () => {
    clear()
    update(blank())
    onCancel()
  }
  return (
    <View className='card' data-testid='area-form'>
      <TextInput label='片区名称' testId='area-name' value={draft.name} maxLength={20} placeholder='如：1–3栋、老街片、一组' error={form.fields.name} onChange={(v) => update({ name: v })} />
      <TextInput label='包含的楼栋、村组' testId='area-units' value={draft.units} maxLength={300} placeholder='如：1栋、2栋、3栋' hint='用顿号或空格隔开' error={form.fields.units ?? form.fields['units.0']} onChange={(v) => update({ units: v })} />
      {cadres === null ? (
        <View className='sf-muted'>正在加载本点干部…</View>
      ) : (
        <Options label='负责的干部' wide options={cadres.map((c) => ({ value: c.openid, label: c.name }))} value={draft.cadre || null} testPrefix='area-cadre' error={form.fields.cadre} onChange={(c) => update({ cadre: c })} />
      )}
      <SubmitBar label={draft.id ? '保存修改' : '建立片区'} busy={form.busy} error={form.error} onSubmit={() => void save()} onCancel={cancel} testId='area-submit' />
    </View>
  )
}
