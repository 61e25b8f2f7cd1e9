import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { StaffProfile } from '../../../../domain/points/api'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import DutyEntry from '../../components/DutyEntry'
import EntryLink from '../../components/EntryLink'
import FiguresEntry from '../../components/FiguresEntry'
import { isAdmin, loadMe, type Me } from '../../lib/me'
import InviteSection from './InviteSection'
import OutboxSection from './OutboxSection'
import PointsSection from './PointsSection'
import QuotaSection from './QuotaSection'
import RoutingSection, { type RoutedPoint, type Routing } from './RoutingSection'
import StaffSection from './StaffSection'
import '../../components/staff.scss'
import './index.scss'

type Part = 'invite' | 'staff' | 'routing' | 'points' | 'outbox' | 'quota'
const PARTS: { key: Part; label: string }[] = [
  { key: 'invite', label: '邀请' },
  { key: 'staff', label: '人员' },
  { key: 'routing', label: '分派' },
  { key: 'points', label: '说事点' },
  { key: 'outbox', label: '消息' },
  { key: 'quota', label: '走访' },
]

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: ClientError }
  | { status: 'forbidden' }
  | { status: 'ready'; me: Me; points: RoutedPoint[]; staff: StaffProfile[]; tree: OrgNodeView[] }

/** 管理 (admins only): invite staff, deactivate them, set each point's routing table, add and edit points. */
export default function AdminPage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [part, setPart] = useState<Part>('invite')

  const load = useCallback(async () => {
    const me = await loadMe(true)
    if (!me.ok) return setLoaded(me.error.code === 'FORBIDDEN' ? { status: 'forbidden' } : { status: 'error', error: me.error })
    if (!isAdmin(me.data)) return setLoaded({ status: 'forbidden' })
    // an admin's own points may be empty: the choices are all points, with their routing
    const [points, staff, tree] = await Promise.all([callStaff({ action: 'routing.list' }), callStaff({ action: 'staff.list' }), callStaff({ action: 'orgs.tree' })])
    if (!points.ok) return setLoaded({ status: 'error', error: points.error })
    if (!staff.ok) return setLoaded({ status: 'error', error: staff.error })
    if (!tree.ok) return setLoaded({ status: 'error', error: tree.error })
    setLoaded({ status: 'ready', me: me.data, points: points.data.points, staff: staff.data.staff, tree: tree.data.nodes })
  }, [])

  const reloadStaff = useCallback(async () => {
    const staff = await callStaff({ action: 'staff.list' })
    if (staff.ok) setLoaded((l) => (l.status === 'ready' ? { ...l, staff: staff.data.staff } : l))
  }, [])

  const reloadPoints = useCallback(async () => {
    const points = await callStaff({ action: 'routing.list' })
    if (points.ok) setLoaded((l) => (l.status === 'ready' ? { ...l, points: points.data.points } : l))
  }, [])

  const routed = useCallback((code: string, routing: Routing) => {
    setLoaded((l) => (l.status === 'ready' ? { ...l, points: l.points.map((p) => (p.code === code ? { ...p, routing } : p)) } : l))
  }, [])

  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  let body
  if (loaded.status === 'loading') body = <LoadingState />
  else if (loaded.status === 'error') body = <ErrorState error={loaded.error} onRetry={() => void load()} />
  else if (loaded.status === 'forbidden')
    body = <EmptyState title='无权限' description='「管理」仅供管理员使用。如需邀请工作人员或调整分派，请联系管理员。' testId='admin-forbidden' />
  else
    body = (
      <>
        <DutyEntry />
        <FiguresEntry />
        <EntryLink title='组织架构' sub='区/县、乡镇/街道、村/社区和说事点' url='/staff/pages/orgs/index' testId='orgs-entry' />
        <View className='admin-parts' role='tablist'>
          {PARTS.map((p) => (
            <View
              key={p.key}
              className={`admin-part${p.key === part ? ' is-current' : ''}`}
              data-testid={`admin-tab-${p.key}`}
              role='tab'
              aria-selected={p.key === part}
              onClick={() => {
                setPart(p.key)
                if (p.key !== 'invite') void reloadStaff()
              }}
            >
              {p.label}
            </View>
          ))}
        </View>
        {part === 'invite' ? <InviteSection points={loaded.points} tree={loaded.tree} /> : null}
        {part === 'staff' ? <StaffSection staff={loaded.staff} points={loaded.points} selfOpenid={loaded.me.openid} onChanged={reloadStaff} /> : null}
        {part === 'routing' ? <RoutingSection points={loaded.points} staff={loaded.staff} onRouted={routed} /> : null}
        {part === 'points' ? <PointsSection points={loaded.points} staff={loaded.staff} tree={loaded.tree} onSaved={reloadPoints} /> : null}
        {part === 'outbox' ? <OutboxSection /> : null}
        {part === 'quota' ? <QuotaSection /> : null}
        <View className='sf-chip admin-page__export' data-testid='open-exports' onClick={() => Taro.navigateTo({ url: '/staff/pages/exports/index' })}>
          导出事项（表格）
        </View>
      </>
    )

  return <PageShell className='admin-page'>{body}</PageShell>
}
