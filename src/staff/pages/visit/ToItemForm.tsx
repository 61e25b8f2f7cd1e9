import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { diaryEventSchemas } from '../../../../domain/diary/schemas'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { CONTENT_MIN } from '../../../../domain/matters/schemas'
import type { VisitView } from '../../../../domain/diary/api'
import { CATEGORIES, type Category } from '../../../../domain/matters/categories'
import { charCount } from '../../../../domain/kernel/validation'
import { callStaff } from '../../../api/staff'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useSubmit } from '../../lib/useSubmit'
import { toItemDrafts, type ToItemDraft } from '../../lib/visitDraft'

/** What the visit already says, as a start: the household's address, who was met, their difficulties. */
const fromVisit = (v: VisitView): Omit<ToItemDraft, 'requestId'> => ({
  category: '',
  content: charCount(v.difficulties) >= CONTENT_MIN ? v.difficulties : '',
  name: Array.from(v.household.met).slice(0, 20).join(''),
  phone: '',
  address: v.household.address,
})

/** 登记为诉求: a matter for the household, numbered as usual, the visiting cadre responsible. */
export default function ToItemForm({ visit, onDone, onCancel }: { visit: VisitView; onDone: (item: StaffItemDetail) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<ToItemDraft>(() => toItemDrafts.load(visit.id, fromVisit(visit)))
  const set = <K extends keyof ToItemDraft>(key: K, value: ToItemDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  useEffect(() => toItemDrafts.save(visit.id, draft), [visit.id, draft])
  const input = {
    action: 'visits.toItem',
    id: visit.id,
    requestId: draft.requestId,
    category: draft.category,
    content: draft.content,
    contact: { name: draft.name, phone: draft.phone, address: draft.address },
  }
  const form = useSubmit({ schema: diaryEventSchemas['visits.toItem'], input })
  const send = async () => {
    const item = await form.submit(diaryEventSchemas['visits.toItem'], input, (event) => callStaff(event))
    if (!item) return
    toItemDrafts.clear(visit.id)
    onDone(item)
  }
  return (
    <View data-testid='form-to-item'>
      <View className='sf-note'>登记后按常规编号，由您负责办理。居民没有用微信，办理结果请当面或电话告诉居民。</View>
      <Options<Category>
        label='诉求类别'
        options={CATEGORIES.map((c) => ({ value: c, label: c }))}
        value={(draft.category || null) as Category | null}
        testPrefix='toitem-category'
        error={form.fields.category}
        onChange={(c) => set('category', c)}
      />
      <TextInput label='诉求内容' testId='toitem-content' placeholder='居民要办的事，照原意写' multiline maxLength={1000} value={draft.content} error={form.fields.content} onChange={(v) => set('content', v)} />
      <TextInput label='居民姓名' testId='toitem-name' placeholder='居民的姓名' maxLength={20} value={draft.name} error={form.fields['contact.name']} onChange={(v) => set('name', v)} />
      <TextInput label='手机号' testId='toitem-phone' maxLength={11} value={draft.phone} placeholder='居民愿意留的手机号' error={form.fields['contact.phone']} onChange={(v) => set('phone', v)} />
      <TextInput label='家庭住址' testId='toitem-address' placeholder='小区、楼栋、门牌号' maxLength={100} value={draft.address} error={form.fields['contact.address']} onChange={(v) => set('address', v)} />
      <SubmitBar label='登记' busy={form.busy} error={form.error} onSubmit={() => void send()} onCancel={onCancel} testId='toitem-submit' />
    </View>
  )
}
