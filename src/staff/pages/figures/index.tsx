import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ChildFigures as Child, FiguresView, MatterSet, NodeHead } from '../../../../domain/figures/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { periodWords } from '../../lib/figuresText'
import { usePeriodChoice } from './usePeriodChoice'
import ChildFigures from './ChildFigures'
import MatterFigures from './MatterFigures'
import NodeBar from './NodeBar'
import PeriodBar from './PeriodBar'
import EntryLink from '../../components/EntryLink'
import ScopeBar from './ScopeBar'
import { useScope } from './useScope'
import WorkFigures from './WorkFigures'
import LeaderVisitsSection from './LeaderVisitsSection'
import '../../components/staff.scss'
import './figures.scss'

type Shown = { status: 'idle' | 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; view: FiguresView }

/**
 * 数字 (leaders and admins): a period's figures for a point, a cadre or in total, each
 * count a way to the matters behind it; for a leader above the points, a node's figures
 * with each child's beside them and ranked, each child a way down to its points. Rules and
 * what each figure counts: domain/figures/figures.ts, domain/figures/rollup.ts.
 */
export default function FiguresPage() {
  const [scope, retryScope] = useScope()
  const period = usePeriodChoice('month')
  const { days, problem } = period
  const [point, setPoint] = useState<string | null>(null)
  const [cadre, setCadre] = useState<string | null>(null)
  // undefined: not chosen yet (the caller's first node, if they hold one); null: by point
  const [node, setNode] = useState<string | null | undefined>(undefined)
  // the village a point was opened from: the way back up
  const [pointFrom, setPointFrom] = useState<{ head: NodeHead; name: string } | null>(null)
  const [shown, setShown] = useState<Shown>({ status: 'idle' })
  const ticket = useRef(0)

  // a leader with one point counts it by name; anyone else starts from 全部
  const onePoint = scope.status === 'ready' && scope.points.length === 1 ? scope.points[0].code : null
  const tops = scope.status === 'ready' ? scope.nodes : []
  const nodeCode = node === undefined ? (tops[0]?.code ?? null) : node
  const pointCode = nodeCode ? null : (point ?? onePoint)

  const load = useCallback(async () => {
    if (scope.status !== 'ready' || problem) return
    const mine = ++ticket.current
    setShown({ status: 'loading' })
    const reply = await callStaff({ action: 'figures.get', from: days.from, to: days.to, ...(nodeCode ? { node: nodeCode } : pointCode ? { pointCode } : {}), ...(cadre ? { cadre } : {}) })
    if (mine !== ticket.current) return
    setShown(reply.ok ? { status: 'ready', view: reply.data } : { status: 'error', error: reply.error })
  }, [scope.status, problem, days.from, days.to, nodeCode, pointCode, cadre])

  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const open = (set: MatterSet) => {
    const q = { figure: set, from: days.from, to: days.to, ...(nodeCode ? { node: nodeCode } : {}), ...(pointCode ? { point: pointCode } : {}), ...(cadre ? { cadre } : {}) }
    const query = Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
    void Taro.navigateTo({ url: `/staff/pages/figure-items/index?${query}` })
  }

  const goNode = (code: string | null) => {
    setNode(code)
    setPoint(null)
    setPointFrom(null)
    setCadre(null)
  }
  const openChild = (c: Child) => {
    if (c.level !== 'point') return goNode(c.code)
    setPointFrom(shown.status === 'ready' && shown.view.node ? { head: shown.view.node, name: c.name } : null)
    setNode(null)
    setPoint(c.code)
    setCadre(null)
  }
  const shownNode = shown.status === 'ready' ? shown.view.node : null
  const trail = nodeCode ? (shownNode?.code === nodeCode ? shownNode.path : []) : (pointFrom?.head.path ?? [])

  if (scope.status === 'loading') return <PageShell className='figures-page'><LoadingState /></PageShell>
  if (scope.status === 'error') return <PageShell className='figures-page'><ErrorState error={scope.error} onRetry={retryScope} /></PageShell>
  if (scope.status === 'forbidden')
    return (
      <PageShell className='figures-page'>
        <EmptyState title='无权限' description='「数字」仅供领导和管理员查看。' testId='figures-forbidden' />
      </PageShell>
    )

  let body
  if (problem) body = null
  else if (shown.status === 'error') body = <ErrorState error={shown.error} onRetry={() => void load()} />
  else if (shown.status !== 'ready') body = <LoadingState text='正在统计…' />
  else
    body = (
      <View data-testid='figures-view'>
        <ChildFigures
          v={shown.view}
          onOpen={openChild}
          report={nodeCode ? () => void Taro.navigateTo({ url: `/staff/pages/node-report/index?node=${encodeURIComponent(nodeCode)}` }) : undefined}
        />
        {shown.view.collected === 0 && shown.view.withdrawn === 0 ? (
          <EmptyState title='这段时间没有登记的诉求' description={periodWords(days)} testId='figures-empty' />
        ) : (
          <MatterFigures v={shown.view} onOpen={open} />
        )}
        <WorkFigures v={shown.view} />
        <LeaderVisitsSection />
        <View className='fg-foot'>不足 {shown.view.minSample} 件的比率只显示件数和“样本不足”。每件诉求按现在的状态统计。</View>
      </View>
    )

  return (
    <PageShell className='figures-page'>
      <PeriodBar {...period.bar} />
      {tops.length > 0 ? <NodeBar tops={tops} trail={trail} pointName={pointFrom && pointCode ? pointFrom.name : null} onNode={goNode} /> : null}
      {nodeCode ? null : (
        <ScopeBar
          points={pointFrom ? [] : scope.points}
          point={pointCode}
          cadres={scope.cadres}
          cadre={cadre}
          onPoint={(code) => {
            setPoint(code)
            setCadre(null)
          }}
          onCadre={setCadre}
        />
      )}
      {body}
      <EntryLink title='部门交办' sub='各部门收到、按期答复、退回、逾期的交办' url='/staff/pages/dept-figures/index' testId='dept-figures-entry' />
    </PageShell>
  )
}
