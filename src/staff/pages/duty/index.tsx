import { useEffect, useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DutyOpeningView } from '../../../../domain/duty/api'
import type { PointView } from '../../../../domain/points/api'
import type { ClientError } from '../../../api/result'
import { chinaWallClock } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import { NoBreakTimes } from '../../../components/NoBreakTimes'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { useLoad } from '../../../hooks/useLoad'
import { clock, dayLabel } from '../../../lib/bookingText'
import { readParam } from '../../../lib/params'
import Sheet from '../../components/Sheet'
import { isAdmin, loadMe, type Me } from '../../lib/me'
import AssignSheet from './AssignSheet'
import AwayList from './AwayList'
import AwaySheet from './AwaySheet'
import MonthBar from './MonthBar'
import OpeningRow from './OpeningRow'
import RotateSheet from './RotateSheet'
import SwapRequests from './SwapRequests'
import SwapSheet from './SwapSheet'
import '../../components/staff.scss'
import './index.scss'

type Open = { kind: 'assign' | 'swap'; opening: DutyOpeningView } | { kind: 'rotate' } | { kind: 'away' } | null

const TITLES = { assign: '调整值班', swap: '申请换班', rotate: '生成轮值', away: '请假、外出登记' } as const

/** 值班表: a point's month of openings with who is on duty; arranging it, swaps and away days. */
export default function DutyPage() {
  const router = useRouter()
  const today = chinaWallClock(new Date()).format('YYYY-MM-DD')
  const [me, setMe] = useState<Me | null>(null)
  const [points, setPoints] = useState<PointView[]>([])
  const [point, setPoint] = useState<string | null>(null)
  const [month, setMonth] = useState(today.slice(0, 7))
  const [open, setOpen] = useState<Open>(null)
  const [meError, setMeError] = useState<ClientError | null>(null)

  useEffect(() => {
    void loadMe().then(async (reply) => {
      if (!reply.ok) return setMeError(reply.error)
      setMe(reply.data)
      let list: PointView[] = reply.data.pointsDetail
      // an admin arranges every point's roster
      if (isAdmin(reply.data)) {
        const all = await callStaff({ action: 'routing.list' })
        if (all.ok) list = all.data.points.filter((p) => p.active)
      }
      setPoints(list)
      const wanted = readParam(router.params.point)
      setPoint(list.find((p) => p.code === wanted)?.code ?? list[0]?.code ?? '')
    })
  }, [router.params.point])

  const { state, reload } = useLoad(point ? `${point}|${month}` : null, () => callStaff({ action: 'duty.list', pointCode: point!, month }))
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  const done = () => {
    setOpen(null)
    void reload()
  }

  let body
  if (meError?.code === 'FORBIDDEN') body = <EmptyState title='值班表仅供工作人员使用' testId='duty-forbidden' />
  else if (meError) body = <ErrorState error={meError} onRetry={() => Taro.redirectTo({ url: '/staff/pages/duty/index' })} />
  else if (point === '') body = <EmptyState title='您还没有所在的说事点' description='请联系管理员把您加入说事点。' />
  else if (point === null || state.status === 'loading') body = <LoadingState />
  else if (state.status === 'error') body = <ErrorState error={state.error} onRetry={() => void reload()} />
  else {
    const m = state.data
    const self = m.viewer.openid
    const mine = m.openings.filter((o) => o.onDuty.some((p) => p.openid === self && p.state === 'present'))
    const uncovered = m.openings.filter((o) => o.uncovered && !o.started).length
    const awayPeople = m.viewer.canManage ? m.cadres : m.cadres.filter((c) => c.openid === self)
    body = (
      <>
        <View className='duty-summary card' data-testid='duty-summary'>
          {mine.length > 0 ? (
            <Text>
              <NoBreakTimes text={`您本月值班 ${mine.length} 次：${mine.map((o) => `${dayLabel(o.date)} ${clock(o.start)}`).join('；')}`} />
            </Text>
          ) : (
            <Text>{m.cadres.some((c) => c.openid === self) ? '您本月没有值班。' : `${m.pointName}本月开放 ${m.openings.length} 次。`}</Text>
          )}
          {uncovered > 0 ? (
            <Text className='duty-summary__warn' data-testid='duty-uncovered-count'>
              本月还有 {uncovered} 次开放无人值班（缺岗），请尽快安排。
            </Text>
          ) : null}
        </View>
        <SwapRequests swaps={m.swaps} me={self} onChanged={() => void reload()} />
        <View className='duty-tools'>
          {m.viewer.canManage ? (
            <Button type='primary' size='large' data-testid='duty-rotate-open' onClick={() => setOpen({ kind: 'rotate' })}>
              生成本月轮值
            </Button>
          ) : null}
          <Button size='large' data-testid='duty-away-open' onClick={() => setOpen({ kind: 'away' })}>
            请假、外出登记
          </Button>
        </View>
        {m.openings.length === 0 ? <EmptyState title='这个月没有安排开放' description='开放时间由管理员设置。' testId='duty-empty' /> : null}
        {m.openings.map((o) => (
          <OpeningRow key={o.id} opening={o} me={self} canManage={m.viewer.canManage} onAssign={() => setOpen({ kind: 'assign', opening: o })} onSwap={() => setOpen({ kind: 'swap', opening: o })} />
        ))}
        <AwayList people={awayPeople} onChanged={() => void reload()} />
        <Sheet title={open ? TITLES[open.kind] : ''} open={open !== null} onClose={() => setOpen(null)} testId='duty-sheet'>
          {open?.kind === 'assign' ? <AssignSheet opening={open.opening} cadres={m.cadres} onDone={done} onCancel={() => setOpen(null)} /> : null}
          {open?.kind === 'swap' ? <SwapSheet opening={open.opening} month={m} onDone={done} onCancel={() => setOpen(null)} /> : null}
          {open?.kind === 'rotate' ? <RotateSheet pointCode={m.pointCode} month={m.month} cadres={m.cadres} onDone={done} onCancel={() => setOpen(null)} /> : null}
          {open?.kind === 'away' ? <AwaySheet people={awayPeople} me={self} today={today} onDone={done} onCancel={() => setOpen(null)} /> : null}
        </Sheet>
      </>
    )
  }

  return (
    <PageShell className='duty-page'>
      {points.length > 1 ? (
        <View className='sf-chips duty-points'>
          {points.map((p) => (
            <View key={p.code} className={`sf-chip${p.code === point ? ' is-selected' : ''}`} data-testid={`duty-point-${p.code}`} onClick={() => setPoint(p.code)}>
              {p.name}
            </View>
          ))}
        </View>
      ) : null}
      <MonthBar month={month} onPick={setMonth} />
      {me || meError ? body : <LoadingState />}
    </PageShell>
  )
}
