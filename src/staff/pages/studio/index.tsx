import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StudioPlanView, StudioRatingsView, StudioRef, SuggestionView } from '../../../../domain/studio/api'
import type { DepartmentView } from '../../../../domain/departments/api'
import { monthAfter } from '../../../../domain/studio/plan'
import { quarterName, quarterWords } from '../../../../domain/studio/ratings'
import { RATING_LABELS, RATING_LEVELS } from '../../../../domain/matters/handling'
import { chinaWallClock } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import PlanEditor from './PlanEditor'
import Suggestions from './Suggestions'
import '../../components/staff.scss'
import './index.scss'

type Tab = 'plan' | 'suggestions' | 'ratings'
const TABS: Record<Tab, string> = { plan: '接待安排', suggestions: '意见建议', ratings: '评议' }

function Ratings({ r }: { r: StudioRatingsView }) {
  return (
    <View className='card studio-section' data-testid='studio-ratings'>
      <Text className='studio-section__title'>{`${quarterWords(r.quarter)}：${r.total} 人评议`}</Text>
      {RATING_LEVELS.map((l) => (
        <Text key={l}>{`${RATING_LABELS[l]} ${r.counts[l]} 人`}</Text>
      ))}
      {r.total < r.opinionsFrom ? <Text className='sf-muted'>{`满 ${r.opinionsFrom} 人后显示评议意见（已隐去个人信息）`}</Text> : r.opinions.map((o, i) => <Text key={i}>{`· ${o}`}</Text>)}
    </View>
  )
}

/** The 两代表工作室's own work: the liaison's month, the 意见建议 it collects, and the residents' 评议. */
export default function StudioStaffPage() {
  const asked = useRouter().params.code
  const [studios, setStudios] = useState<StudioRef[] | null>(null)
  const [code, setCode] = useState<string | null>(asked ?? null)
  const thisMonth = chinaWallClock(new Date()).format('YYYY-MM')
  const [month, setMonth] = useState(thisMonth)
  const [tab, setTab] = useState<Tab>('plan')
  const [plan, setPlan] = useState<StudioPlanView | null>(null)
  const [suggestions, setSuggestions] = useState<SuggestionView[]>([])
  const [departments, setDepartments] = useState<DepartmentView[]>([])
  const [ratings, setRatings] = useState<StudioRatingsView | null>(null)
  const [error, setError] = useState<ClientError | null>(null)

  useEffect(() => {
    void callStaff({ action: 'studio.list' }).then((r) => {
      if (!r.ok) return setError(r.error)
      setStudios(r.data.studios)
      setCode((c) => c ?? r.data.studios[0]?.code ?? null)
    })
  }, [])
  const load = useCallback(async () => {
    if (!code) return
    setError(null)
    const [p, s, q, d] = await Promise.all([
      callStaff({ action: 'studio.plan', pointCode: code, month }),
      callStaff({ action: 'studio.suggestions', pointCode: code }),
      callStaff({ action: 'studio.ratings', pointCode: code, quarter: quarterName(new Date()) }),
      callStaff({ action: 'departments.list', pointCode: code }),
    ])
    if (!p.ok) return setError(p.error)
    setPlan(p.data)
    if (s.ok) setSuggestions(s.data.suggestions)
    if (q.ok) setRatings(q.data)
    setDepartments(d.ok ? d.data.departments : [])
  }, [code, month])
  useEffect(() => void load(), [load])

  if (error) return <ErrorState error={error} onRetry={() => void load()} />
  if (studios && studios.length === 0) return <EmptyState title='您不在任何两代表工作室任职' testId='studio-none' />
  if (!plan) return <LoadingState />
  return (
    <PageShell className='studio-staff'>
      <View className='sf-chips'>
        {(studios ?? []).map((s) => (
          <View key={s.code} className={`sf-chip${s.code === code ? ' is-selected' : ''}`} data-testid={`studio-${s.code}`} onClick={() => setCode(s.code)}>
            {s.name}
          </View>
        ))}
      </View>
      <View className='sf-chips'>
        {(Object.keys(TABS) as Tab[]).map((t) => (
          <View key={t} className={`sf-chip${t === tab ? ' is-selected' : ''}`} data-testid={`studio-tab-${t}`} onClick={() => setTab(t)}>
            {TABS[t]}
          </View>
        ))}
      </View>
      {tab === 'plan' ? (
        <>
          <View className='sf-chips'>
            {[thisMonth, monthAfter(thisMonth)].map((m) => (
              <View key={m} className={`sf-chip${m === month ? ' is-selected' : ''}`} data-testid={`studio-month-${m}`} onClick={() => setMonth(m)}>
                {`${Number(m.slice(5))} 月`}
              </View>
            ))}
          </View>
          <PlanEditor plan={plan} onSaved={setPlan} />
        </>
      ) : null}
      {tab === 'suggestions' ? <Suggestions pointCode={plan.pointCode} keeps={plan.can.route} list={suggestions} departments={departments} onChange={() => void load()} /> : null}
      {tab === 'ratings' && ratings ? <Ratings r={ratings} /> : null}
    </PageShell>
  )
}
