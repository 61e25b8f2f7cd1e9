import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuarterReport } from '../../../../domain/reports/api'
import { quarterOf } from '../../../../domain/kernel/periods'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import PointPicker from '../../components/PointPicker'
import { loadMe, type Me } from '../../lib/me'
import { shortDay, yearChoices } from '../../lib/reportText'
import RateForm from './RateForm'
import { ExtensionsAndUnsatisfied, FiguresSection, MattersSection, MeetingsAndVisits, RatingsSection } from './Sections'
import '../../components/staff.scss'
import '../../components/records.scss'
import './index.scss'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; report: QuarterReport }

const QUARTERS = [1, 2, 3, 4]

/** 评事日的报告 (?code=): the quarter's work of a point, to read out on the day and print as A4. */
export default function ReportPage() {
  const asked = readParam(useRouter().params.code)
  const [me, setMe] = useState<Me | null>(null)
  const [code, setCode] = useState<string | null>(asked ?? null)
  const [period, setPeriod] = useState(() => quarterOf(new Date()))
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const ticket = useRef(0)

  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return setLoaded({ status: 'error', error: r.error })
      setMe(r.data)
      setCode((c) => c ?? r.data.points[0] ?? null)
    })
  }, [])

  const load = useCallback(
    async (quiet = false) => {
      if (!code) return
      const mine = ++ticket.current
      if (!quiet) setLoaded({ status: 'loading' })
      const r = await callStaff({ action: 'reports.quarter', pointCode: code, year: period.year, quarter: period.quarter })
      if (mine !== ticket.current) return
      if (r.ok) setLoaded({ status: 'ready', report: r.data })
      else if (!quiet) setLoaded({ status: 'error', error: r.error })
    },
    [code, period],
  )
  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load(true).finally(() => Taro.stopPullDownRefresh()))

  const picker = (
    <View className='rp-picker no-print' data-testid='report-picker'>
      <PointPicker points={me?.pointsDetail ?? []} value={code} onPick={setCode} />
      <View className='sf-chips'>
        {yearChoices().map((y) => (
          <View key={y} className={`sf-chip${y === period.year ? ' is-selected' : ''}`} data-testid={`report-year-${y}`} onClick={() => setPeriod((p) => ({ ...p, year: y }))}>
            {y}年
          </View>
        ))}
      </View>
      <View className='sf-chips'>
        {QUARTERS.map((q) => (
          <View key={q} className={`sf-chip${q === period.quarter ? ' is-selected' : ''}`} data-testid={`report-quarter-${q}`} onClick={() => setPeriod((p) => ({ ...p, quarter: q }))}>
            第{q}季度
          </View>
        ))}
      </View>
    </View>
  )

  let body
  if (me && !code) body = <EmptyState title='您还没有所属的说事点' description='请联系管理员' testId='report-no-point' />
  else if (loaded.status === 'loading') body = <LoadingState />
  else if (loaded.status === 'error') body = <ErrorState error={loaded.error} onRetry={() => void load()} />
  else body = <Report r={loaded.report} onRated={() => void load(true)} />

  return (
    <PageShell className='report-page'>
      {picker}
      {body}
    </PageShell>
  )
}

function Report({ r, onRated }: { r: QuarterReport; onRated: () => void }) {
  const t = r.ratings
  return (
    <View data-testid='report'>
      <View className='card rp-head'>
        <View className='rp-title' data-testid='report-title'>{`${r.pointName} ${r.year}年第${r.quarter}季度评事日报告`}</View>
        <View className='sf-muted'>{`${shortDay(r.from)}至${shortDay(r.to)}；截至 ${formatChinaDateTime(r.asOf)}`}</View>
        <View className='sf-muted' data-testid='report-day'>
          {r.pingshiDay ? `评事日：${shortDay(r.pingshiDay)}（本季度最后一个说事日）` : '本季度没有排说事日'}
          {r.ready ? '' : '；评事日前看到的是目前的情况'}
        </View>
        {process.env.TARO_ENV === 'h5' ? (
          <Button className='no-print rp-print' size='small' data-testid='report-print' onClick={() => window.print()}>
            打印（A4）
          </Button>
        ) : null}
      </View>
      <FiguresSection r={r} />
      <MattersSection r={r} />
      <MeetingsAndVisits r={r} />
      <ExtensionsAndUnsatisfied r={r} />
      <RatingsSection r={r} />
      {t.mine ? (
        <View className='sf-note no-print' data-testid='report-my-rating'>
          <Text>您已评议：{t.mine.opinion}</Text>
        </View>
      ) : null}
      {t.canRate ? <RateForm pointCode={r.pointCode} year={r.year} quarter={r.quarter} onDone={onRated} /> : null}
      {t.notYet ? (
        <View className='sf-note no-print' data-testid='report-rate-later'>
          {t.notYet}
        </View>
      ) : null}
    </View>
  )
}
