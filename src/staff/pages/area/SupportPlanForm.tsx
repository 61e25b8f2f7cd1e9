import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { SupportPlanView } from '../../../../domain/support/api'
import { SUPPORT_EVERY, SUPPORT_EVERY_LABELS, type SupportEvery } from '../../../../domain/support/plans'
import { supportEventSchemas } from '../../../../domain/support/schemas'
import { callStaff } from '../../../api/staff'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

const NO_NUMBERS = '不记电话号码、身份证号、银行卡号'
const EVERY_OPTIONS = SUPPORT_EVERY.map((value) => ({ value, label: SUPPORT_EVERY_LABELS[value] }))
const asEvery = (s: string): SupportEvery => ((SUPPORT_EVERY as readonly string[]).includes(s) ? (s as SupportEvery) : 'month')

interface Props {
  household: string
  /** the plan being changed; null for a new one */
  plan: SupportPlanView | null
  /** the area's cadre: who is responsible unless another is named */
  cadreName: string
  onSaved: () => void
  onCancel: () => void
}

/** 制定 or 修改 a 困难 household's 帮扶计划: what is done, by whom, how often it is visited. The draft is kept per household. */
export default function SupportPlanForm({ household, plan, cadreName, onSaved, onCancel }: Props) {
  const start = () => (plan ? { what: plan.what, who: plan.who, every: plan.every as string } : { what: '', who: cadreName, every: 'month' as string })
  const { draft, update, clear } = useStoredDraft(`shuoshi.supportDraft.${household}`, start)
  const every = asEvery(draft.every)
  const input = { action: 'support.save' as const, household, what: draft.what, who: draft.who, every }
  const form = useSubmit({ schema: supportEventSchemas['support.save'], input })
  const save = async () => {
    const saved = await form.submit(supportEventSchemas['support.save'], input, (e) => callStaff(e))
    if (!saved) return
    clear()
    Taro.showToast({ title: '帮扶计划已保存', icon: 'success' })
    onSaved()
  }
  return (
    <View className='support-form' data-testid={`support-form-${household}`}>
      <TextInput label='帮扶内容' testId='support-what' value={draft.what} multiline maxLength={100} placeholder='如：每月送米面油，帮助申请临时救助' hint={NO_NUMBERS} error={form.fields.what} onChange={(v) => update({ what: v })} />
      <TextInput label='帮扶责任人' testId='support-who' value={draft.who} maxLength={20} placeholder='责任人姓名' hint='默认是片区负责干部' error={form.fields.who} onChange={(v) => update({ who: v })} />
      <Options label='走访周期' options={EVERY_OPTIONS} value={every} testPrefix='support-every' error={form.fields.every} hint='每个周期至少入户走访一次，在民情日记里记下' onChange={(v) => update({ every: v })} />
      {plan && plan.every !== every ? <View className='sf-note'>改了走访周期，本期从今天重新算起。</View> : null}
      <SubmitBar label={plan ? '保存修改' : '制定计划'} busy={form.busy} error={form.error} onSubmit={() => void save()} onCancel={() => { clear(); onCancel() }} testId='support-submit' />
    </View>
  )
}
