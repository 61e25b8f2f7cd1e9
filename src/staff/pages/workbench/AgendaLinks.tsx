import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useOnShow } from '../../../hooks/useOnShow'
import type { TripsPending, WaitingPage } from '../../../../domain/meetings/api'
import { TRIP_OVERDUE_WORDS } from '../../../../domain/meetings/trips'
import { callStaff } from '../../../api/staff'

/**
 * The work between talk days: 待议事 by body (leaders) and 代理办事 with the matters over 7
 * days without a trip (leaders and cadres), each a way to its page. Counts on every show.
 */
export default function AgendaLinks({ leader }: { leader: boolean }) {
  const [waiting, setWaiting] = useState<WaitingPage | null>(null)
  const [trips, setTrips] = useState<TripsPending | null>(null)
  const load = useCallback(() => {
    if (leader) void callStaff({ action: 'meetings.waiting' }).then((r) => r.ok && setWaiting(r.data))
    void callStaff({ action: 'trips.pending' }).then((r) => r.ok && setTrips(r.data))
  }, [leader])
  useOnShow(load)
  const waitingCount = waiting?.groups.reduce((n, g) => n + g.items.length, 0) ?? 0
  const tripCount = trips?.groups.reduce((n, g) => n + g.items.length, 0) ?? 0
  const byBody = waiting?.groups.filter((g) => g.items.length > 0).map((g) => `${g.body} ${g.items.length} 件`).join('、')
  return (
    <>
      {leader ? (
        <View className='wb-agenda__link card' data-testid='workbench-meetings' onClick={() => Taro.navigateTo({ url: '/staff/pages/meetings/index' })}>
          <Text className='wb-agenda__title'>集中议事{waitingCount ? `：待议事 ${waitingCount} 件` : ''}</Text>
          <Text className='wb-agenda__detail'>{byBody || '召集会议，记录议定结果'}</Text>
        </View>
      ) : null}
      {leader || tripCount > 0 ? (
        <View className='wb-agenda__link card' data-testid='workbench-trips' onClick={() => Taro.navigateTo({ url: '/staff/pages/trips/index' })}>
          <Text className='wb-agenda__title'>代理办事{tripCount ? `：待跑办 ${tripCount} 件` : ''}</Text>
          <Text className={`wb-agenda__detail${trips?.overdue ? ' is-alarm' : ''}`} data-testid='workbench-trips-overdue'>
            {trips?.overdue ? `${trips.overdue} 件${TRIP_OVERDUE_WORDS}没有跑办` : '按部门安排每周跑办'}
          </Text>
        </View>
      ) : null}
    </>
  )
}
