import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { PointView } from '../../../../domain/points/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { isAdmin, isLeader, loadMe } from '../../lib/me'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; points: PointView[] }

/** Without a point: the points whose schedule the caller keeps (an admin: all; a leader: theirs). */
export default function PointChooser() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const load = useCallback(async () => {
    const me = await loadMe()
    if (!me.ok) return setLoaded({ status: 'error', error: me.error })
    if (isAdmin(me.data)) {
      const all = await callStaff({ action: 'routing.list' })
      return setLoaded(all.ok ? { status: 'ready', points: all.data.points } : { status: 'error', error: all.error })
    }
    setLoaded({ status: 'ready', points: isLeader(me.data) ? me.data.pointsDetail : [] })
  }, [])
  useEffect(() => void load(), [load])

  if (loaded.status === 'loading') return <LoadingState />
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={() => void load()} />
  if (loaded.points.length === 0) return <EmptyState title='无权限' description='排班由管理员和说事点的领导调整' testId='schedule-forbidden' />
  return (
    <View data-testid='schedule-points'>
      {loaded.points.map((p) => (
        <View key={p.code} className='card sched-row' role='button' data-testid={`schedule-point-${p.code}`} onClick={() => Taro.redirectTo({ url: `/staff/pages/schedule/index?code=${encodeURIComponent(p.code)}` })}>
          <View className='sched-row__when'>{p.name}</View>
          <View className='sched-row__edit'>排班</View>
        </View>
      ))}
    </View>
  )
}
