import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { SupportPlanView } from '../../../../domain/support/api'
import { callStaff } from '../../../api/staff'
import { InlineAlert } from '../../../components/States'
import { PRIMARY_HEX } from '../../../lib/theme'
import SupportPlanForm from './SupportPlanForm'

const confirmEnd = (head: string) =>
  Taro.showModal({ title: '结束帮扶', content: `结束 ${head} 家的帮扶计划？结束后不再提醒走访，以后可以重新制定。`, confirmText: '结束', confirmColor: PRIMARY_HEX, cancelText: '再想想' })
    .then((res) => res.confirm)
    .catch(() => false)

interface Props {
  household: string
  head: string
  /** undefined while the area's plans are being read */
  plan: SupportPlanView | null | undefined
  cadreName: string
  onChanged: () => void
}

/** A 困难 household's 帮扶计划 on the area page: what it is and this period's visit, or the button to make one; change or end it. */
export default function SupportPlan({ household, head, plan, cadreName, onChanged }: Props) {
  const [editing, setEditing] = useState(false)
  const [ending, setEnding] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const busy = useRef(false)
  if (plan === undefined) return <View className='support-plan sf-muted'>正在读取帮扶计划…</View>
  if (editing) {
    const done = () => {
      setEditing(false)
      onChanged()
    }
    return <SupportPlanForm household={household} plan={plan} cadreName={cadreName} onSaved={done} onCancel={() => setEditing(false)} />
  }
  const end = async () => {
    if (!plan || busy.current) return
    busy.current = true
    setEnding(true)
    setProblem(null)
    try {
      if (!(await confirmEnd(head))) return
      const r = await callStaff({ action: 'support.end', id: plan.id })
      if (!r.ok) {
        setProblem(r.error.message)
        return
      }
      Taro.showToast({ title: '已结束帮扶', icon: 'success' })
      onChanged()
    } finally {
      busy.current = false
      setEnding(false)
    }
  }
  if (!plan) {
    return (
      <View className='support-plan' data-testid={`support-${household}`}>
        <View className='sf-chip support-plan__make' data-testid={`support-make-${household}`} role='button' onClick={() => setEditing(true)}>制定帮扶计划</View>
      </View>
    )
  }
  return (
    <View className='support-plan' data-testid={`support-${household}`}>
      <Text className='support-plan__title'>有帮扶计划</Text>
      <Text className='support-plan__line'>帮扶内容：{plan.what}</Text>
      <Text className='support-plan__line'>责任人：{plan.who} · {plan.everyLabel}走访</Text>
      <Text className={`support-plan__line ${plan.madeThisPeriod ? 'support-plan__made' : 'support-plan__due'}`}>
        本期 {plan.periodStart} 至 {plan.dueBy}：{plan.madeThisPeriod ? '已走访' : '未走访'}
      </Text>
      {problem ? <InlineAlert message={problem} testId={`support-error-${household}`} /> : null}
      <View className='sf-chips'>
        <View className='sf-chip' data-testid={`support-edit-${household}`} role='button' onClick={() => setEditing(true)}>修改帮扶计划</View>
        <View className={`sf-chip${ending ? ' is-disabled' : ''}`} data-testid={`support-end-${household}`} role='button' aria-disabled={ending} onClick={() => void end()}>
          {ending ? '正在结束…' : '结束帮扶'}
        </View>
      </View>
    </View>
  )
}
