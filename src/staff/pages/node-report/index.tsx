import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ChildFigures as Child } from '../../../../domain/figures/api'
import type { NodeQuarterReport } from '../../../../domain/reports/api'
import { quarterOf } from '../../../../domain/kernel/periods'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import { shortDay, yearChoices } from '../../lib/reportText'
import ChildFigures from '../figures/ChildFigures'
import { FiguresSection, MattersSection } from '../report/Sections'
import '../../components/staff.scss'
import '../../components/records.scss'
import '../figures/figures.scss'
import '../report/index.scss'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; report: NodeQuarterReport }

/**
 * 评事日报告 of a node (?node=): a county's, township's or village's quarter, its points'
 * figures added up, each child beside it and ranked; a child opens its own report (a point,
 * the point's report).
 */
export default function NodeReportPage() {
  const node = readParam(useRouter().params.node)
  const [period, setPeriod] = useState(() => quarterOf(new Date()))
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const ticket = useRef(0)

  const load = useCallback(
    async (quiet = false) => {
      if (!node) return
      const mine = ++ticket.current
      if (!quiet) setLoaded({ status: 'loading' })
      const r = await callStaff({ action: 'reports.node', node, year: period.year, quarter: period.quarter })
      if (mine !== ticket.current) return
      if (r.ok) setLoaded({ status: 'ready', report: r.data })
      else if (!quiet) setLoaded({ status: 'error', error: r.error })
    },
    [node, period],
  )
  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load(true).finally(() => Taro.stopPullDownRefresh()))

  const open = (c: Child) =>
    void Taro.navigateTo({ url: c.level === 'point' ? `/staff/pages/report/index?code=${encodeURIComponent(c.code)}` : `/staff/pages/node-report/index?node=${encodeURIComponent(c.code)}` })

  let body
  if (!node) body = <EmptyState title='没有选择组织' description='请从「数字」进入' testId='node-report-none' />
  else if (loaded.status === 'loading') body = <LoadingState />
  else if (loaded.status === 'error') body = <ErrorState error={loaded.error} onRetry={() => void load()} />
  else {
    const r = loaded.report
    body = (
      <View data-testid='node-report'>
        <View className='card rp-head'>
          <View className='rp-title' data-testid='node-report-title'>{`${r.node.name} ${r.year}年第${r.quarter}季度评事日报告`}</View>
          <View className='sf-muted'>{`${shortDay(r.from)}至${shortDay(r.to)}；截至 ${formatChinaDateTime(r.asOf)}${r.ready ? '' : '；季度未完，是目前的情况'}`}</View>
        </View>
        <FiguresSection r={r} />
        <ChildFigures v={r.figures} onOpen={open} />
        <MattersSection r={r} />
      </View>
    )
  }

  const chip = (selected: boolean) => `sf-chip${selected ? ' is-selected' : ''}`
  return (
    <PageShell className='report-page'>
      <View className='rp-picker no-print' data-testid='node-report-picker'>
        <View className='sf-chips'>
          {yearChoices().map((y) => (
            <View key={y} className={chip(y === period.year)} data-testid={`report-year-${y}`} onClick={() => setPeriod((p) => ({ ...p, year: y }))}>
              {y}年
            </View>
          ))}
        </View>
        <View className='sf-chips'>
          {[1, 2, 3, 4].map((q) => (
            <View key={q} className={chip(q === period.quarter)} data-testid={`report-quarter-${q}`} onClick={() => setPeriod((p) => ({ ...p, quarter: q }))}>
              第{q}季度
            </View>
          ))}
        </View>
      </View>
      {body}
    </PageShell>
  )
}
