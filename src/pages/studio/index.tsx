import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { chinaWallClock } from '../../../domain/kernel/time'
import { callResident } from '../../api/resident'
import PageShell from '../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../components/States'
import { useLoad } from '../../hooks/useLoad'
import PlanList from './PlanList'
import RateForm from './RateForm'
import SuggestForm from './SuggestForm'
import './index.scss'

/**
 * A 两代表工作室's page for residents: this month's published reception plan with the
 * deputies on duty, a suggestion to them, and the quarter's 评议 of the studio.
 */
export default function StudioPage() {
  const code = useRouter().params.code ?? ''
  const month = chinaWallClock(new Date()).format('YYYY-MM')
  const { state, reload } = useLoad(code ? `${code}-${month}` : null, () => callResident({ action: 'studio.plan', pointCode: code, month }))
  if (!code) return <EmptyState title='请先选择两代表工作室' />
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void reload()} />
  const plan = state.data
  return (
    <PageShell className='studio-page'>
      <View className='studio-card card'>
        <Text className='studio-card__title' data-testid='studio-name'>
          {plan.pointName}
        </Text>
        <Text className='studio-card__text'>{`${Number(month.slice(5))} 月代表接待安排`}</Text>
        {plan.entries.length > 0 ? (
          <PlanList entries={plan.entries} testId='studio-plan' />
        ) : (
          <Text className='studio-card__text' data-testid='studio-plan-empty'>
            本月的接待安排还没有公布，请按开放时间前来。
          </Text>
        )}
      </View>
      <SuggestForm pointCode={plan.pointCode} />
      <RateForm plan={plan} onRated={() => void reload()} />
    </PageShell>
  )
}
