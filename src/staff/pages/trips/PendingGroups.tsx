import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PendingTripItem, TripGroup } from '../../../../domain/meetings/api'
import { TRIP_OVERDUE_WORDS } from '../../../../domain/meetings/trips'
import { NoBreakTimes } from '../../../components/NoBreakTimes'
import { dayText } from '../../lib/records'

export const departmentLabel = (d: string | null) => d ?? '尚未上报'

export function waitText(i: PendingTripItem): string {
  const since = i.lastTakenAt ? `上次去是 ${dayText(i.lastTakenAt)}` : '受理后还没有去过'
  return `${since}，已 ${i.daysWaiting} 天`
}

/** 待跑办: by upper department; a matter over 7 days without a trip is flagged. */
export default function PendingGroups({ groups }: { groups: TripGroup[] }) {
  return (
    <View data-testid='trips-pending'>
      {groups.map((g) => (
        <View key={g.department ?? ''} className='card rec-group' data-testid='trip-group'>
          <View className='rec-group__head'>
            <Text className='rec-group__title'>
              {departmentLabel(g.department)}：{g.items.length} 件
            </Text>
            {g.overdueTrip ? <Text className='sf-flag sf-flag--danger'>有{TRIP_OVERDUE_WORDS}未跑办的</Text> : null}
          </View>
          {g.items.map((i) => (
            <View
              key={i.id}
              className='rec-row'
              data-testid='trip-pending-row'
              onClick={() => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(i.id)}` })}
            >
              <View className='rec-row__top'>
                <Text>{i.no}</Text>
                {i.overdueTrip ? (
                  <Text className='sf-flag sf-flag--danger' data-testid='overdue-trip'>
                    {TRIP_OVERDUE_WORDS}未跑办
                  </Text>
                ) : (
                  <Text className='rec-status'>{i.category}</Text>
                )}
              </View>
              <View className='rec-row__text'>{i.excerpt}</View>
              <View className='rec-row__meta'>
                <NoBreakTimes text={`${waitText(i)} · 负责干部：${i.assignee.name}${i.plannedTrip ? ` · 已安排 ${dayText(i.plannedTrip.date)} 跑办` : ''}`} />
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
