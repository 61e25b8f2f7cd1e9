import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DepartmentFiguresRow } from '../../../../domain/departments/api'
import type { ChinaDays } from '../../../../domain/kernel/periods'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { usePeriodChoice } from '../figures/usePeriodChoice'
import PeriodBar from '../figures/PeriodBar'
import '../../components/staff.scss'
import '../dept-item/index.scss'

type Shown = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; rows: DepartmentFiguresRow[] }

const COLUMNS: { key: keyof DepartmentFiguresRow; label: string }[] = [
  { key: 'received', label: '收到交办' },
  { key: 'answeredOnTime', label: '按期答复' },
  { key: 'returned', label: '退回' },
  { key: 'overdue', label: '逾期' },
  { key: 'open', label: '尚未答复' },
]

function DepartmentCard({ row }: { row: DepartmentFiguresRow }) {
  return (
    <View className='card' data-testid={`dept-figures-${row.code}`}>
      <View className='sf-card-title'>{row.name}</View>
      {COLUMNS.map((c) => (
        <View key={c.key} className='dept-row__head dept-field'>
          <Text>{c.label}</Text>
          <Text data-testid={`dept-figure-${row.code}-${c.key}`}>{row[c.key]} 件</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * 部门交办数字: per department (the caller's own, or those under a leader's nodes), the
 * 交办 received in the period, answered on time, sent back and overdue (still open past
 * the deadline, or answered after it).
 */
export default function DeptFiguresPage() {
  const period = usePeriodChoice('quarter')
  const { days, problem } = period
  const [shown, setShown] = useState<Shown>({ status: 'loading' })

  const load = useCallback(async (range: ChinaDays) => {
    setShown({ status: 'loading' })
    const r = await callStaff({ action: 'departments.figures', from: range.from, to: range.to })
    setShown(r.ok ? { status: 'ready', rows: r.data.departments } : { status: 'error', error: r.error })
  }, [])
  useEffect(() => {
    if (!problem) void load(days)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [days.from, days.to, problem, load])

  let body
  if (shown.status === 'loading') body = <LoadingState />
  else if (shown.status === 'error' && shown.error.code === 'FORBIDDEN') body = <EmptyState title='部门交办数字供部门工作人员和乡镇、县的领导查看' testId='dept-figures-forbidden' />
  else if (shown.status === 'error') body = <ErrorState error={shown.error} onRetry={() => void load(days)} />
  else if (shown.rows.length === 0) body = <EmptyState title='还没有登记的部门' testId='dept-figures-empty' />
  else body = <View data-testid='dept-figures'>{shown.rows.map((r) => <DepartmentCard key={r.code} row={r} />)}</View>

  return (
    <PageShell className='dept-page'>
      <PeriodBar {...period.bar} />
      {body}
    </PageShell>
  )
}
