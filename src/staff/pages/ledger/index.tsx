import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LedgerView } from '../../../../domain/ledger/api'
import { chinaMonth } from '../../../../domain/diary/visits'
import { chinaWallAt } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { readParam } from '../../../lib/params'
import { PRIMARY_HEX } from '../../../lib/theme'
import LedgerSheet from './LedgerSheet'
import RemarksForm from './RemarksForm'
import SupportSection from './SupportSection'
import '../../components/staff.scss'
import '../forms/index.scss'
import './index.scss'

const canPrint = process.env.TARO_ENV === 'h5'
const shift = (month: string, by: number) => chinaWallAt(`${month}-01`).add(by, 'month').format('YYYY-MM')

const confirmOnce = () =>
  Taro.showModal({ title: '确认台账', content: '确认后本月台账即定稿，之后住户信息的修改不再改变它。确定吗？', confirmText: '确认', confirmColor: PRIMARY_HEX, cancelText: '再看看' })
    .then((res) => res.confirm)
    .catch(() => false)

/** A month picked by steps: never a typed date, never a month still to come. */
function MonthStepper({ month, onPick }: { month: string; onPick: (m: string) => void }) {
  const latest = chinaMonth(new Date())
  return (
    <View className='ledger-month' data-testid='ledger-month'>
      <View className='sf-chip' data-testid='ledger-month-prev' onClick={() => onPick(shift(month, -1))}>‹ 上月</View>
      <Text className='ledger-month__label' data-testid='ledger-month-label'>{`${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`}</Text>
      <View className={`sf-chip${month >= latest ? ' is-disabled' : ''}`} data-testid='ledger-month-next' onClick={() => month < latest && onPick(shift(month, 1))}>下月 ›</View>
    </View>
  )
}

/** One area's month: the sheet, and for its cadre the remarks, for a leader the confirmation. */
function AreaMonth({ area, month }: { area: string; month: string }) {
  const { state, reload } = useLoad(`${area} ${month}`, () => callStaff({ action: 'ledger.month', area, month }))
  const [saved, setSaved] = useState<LedgerView | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />
  const ledger = saved && saved.area.id === area && saved.month === month ? saved : state.data
  const confirm = async () => {
    if (confirming || !(await confirmOnce())) return
    setConfirming(true)
    const reply = await callStaff({ action: 'ledger.confirm', area, month })
    setConfirming(false)
    if (reply.ok) setSaved(reply.data)
    setProblem(reply.ok ? null : reply.error.message)
  }
  return (
    <>
      <LedgerSheet ledger={ledger} />
      <View className='no-print ledger-actions'>
        {problem ? <InlineAlert message={problem} testId='ledger-problem' /> : null}
        {ledger.can.confirm ? (
          <Button type='primary' size='large' block loading={confirming} disabled={confirming} data-testid='ledger-confirm' onClick={() => void confirm()}>
            确认本月台账
          </Button>
        ) : null}
        {canPrint ? (
          <Button size='large' block data-testid='ledger-print' onClick={() => window.print()}>
            打印（A4）
          </Button>
        ) : (
          <View className='sf-muted'>在电脑上用浏览器打开本页即可按 A4 打印。</View>
        )}
      </View>
      {ledger.can.remark ? <RemarksForm key={`${area}-${month}`} ledger={ledger} onSaved={setSaved} /> : null}
      <SupportSection area={area} pointCode={ledger.area.pointCode} leader={!ledger.area.mine} />
    </>
  )
}

/**
 * 月台账 (?area=&month=): a 包片区's month made from its households, the diary and the
 * matters, printed on A4 like the four forms. Its cadre writes the remarks; a leader of
 * the point confirms it, which freezes it.
 */
export default function LedgerPage() {
  const params = useRouter().params
  const [month, setMonth] = useState(readParam(params.month) ?? chinaMonth(new Date()))
  const [picked, setPicked] = useState<string | null>(readParam(params.area))
  const { state, reload } = useLoad('areas', () => callStaff({ action: 'ledger.areas' }))

  if (state.status === 'loading') return <PageShell className='forms-page ledger-page'><LoadingState /></PageShell>
  if (state.status === 'error') return <PageShell className='forms-page ledger-page'><ErrorState error={state.error} onRetry={reload} /></PageShell>
  const areas = state.data.areas
  if (areas.length === 0) {
    return (
      <PageShell className='forms-page ledger-page'>
        <EmptyState title='还没有包片区' description='说事点的领导划分包片区、指定包片干部后，这里会生成每月台账。' testId='ledger-empty' />
      </PageShell>
    )
  }
  const area = areas.find((a) => a.id === picked) ?? areas[0]
  return (
    <PageShell className='forms-page ledger-page'>
      <View className='no-print forms-page__controls'>
        {areas.length > 1 ? (
          <View className='sf-chips' data-testid='ledger-areas'>
            {areas.map((a) => (
              <View key={a.id} className={`sf-chip${a.id === area.id ? ' is-selected' : ''}`} data-testid={`ledger-area-${a.id}`} onClick={() => setPicked(a.id)}>
                {a.name}
              </View>
            ))}
          </View>
        ) : null}
        <MonthStepper month={month} onPick={setMonth} />
      </View>
      <AreaMonth area={area.id} month={month} />
    </PageShell>
  )
}
