import { Text, View } from '@tarojs/components'
import type { SupportFiguresView, SupportPlanView } from '../../../../domain/support/api'
import { callStaff } from '../../../api/staff'
import { ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'

/** A point's 帮扶 figures for its leaders: nothing below 10 households with a plan. */
function PointFigures({ pointCode }: { pointCode: string }) {
  const { state } = useLoad(pointCode, () => callStaff({ action: 'support.figures', pointCode }))
  if (state.status !== 'ready') return null
  const f: SupportFiguresView = state.data
  const text =
    f.households === null
      ? `有帮扶计划的住户不足 ${f.minimum} 户，不显示统计`
      : `有帮扶计划 ${f.households} 户；已到期 ${f.periods} 次走访，按时 ${f.onTime} 次${f.onTimeRate === null ? '' : `（${f.onTimeRate}%）`}`
  return <View className='sf-muted' data-testid='support-figures'>全点帮扶：{text}</View>
}

function PlanRow({ plan }: { plan: SupportPlanView }) {
  return (
    <View className='ledger-plan' data-testid={`support-plan-${plan.household}`}>
      <Text className='ledger-plan__head'>{plan.address}（{plan.head}）</Text>
      <Text>{plan.what}；责任人 {plan.who}；{plan.everyLabel}走访</Text>
      <Text className={plan.madeThisPeriod ? 'ledger-plan__made' : 'ledger-plan__due'}>
        本期 {plan.periodStart} 至 {plan.dueBy}：{plan.madeThisPeriod ? '已走访' : '未走访'}
      </Text>
    </View>
  )
}

/** The area's 帮扶 plans (困难群众), each with whether this period's visit is made. */
export default function SupportSection({ area, pointCode, leader }: { area: string; pointCode: string; leader: boolean }) {
  const { state, reload } = useLoad(area, () => callStaff({ action: 'support.list', area }))
  let body
  if (state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={reload} />
  else if (state.data.plans.length === 0) body = <View className='sf-muted'>本片还没有帮扶计划。</View>
  else body = state.data.plans.map((p) => <PlanRow key={p.id} plan={p} />)
  return (
    <View className='card no-print' data-testid='support-section'>
      <View className='sf-card-title'>帮扶计划</View>
      {body}
      {leader ? <PointFigures pointCode={pointCode} /> : null}
    </View>
  )
}
