import { Text, View } from '@tarojs/components'
import type { StaffProfile } from '../../../../domain/points/api'
import { QUEUE_TAB_LABELS, QUEUE_TABS, type QueueTab } from '../../../../domain/matters/handling'

export const EMPTY_TEXT: Record<QueueTab, string> = {
  pending: '没有待受理的事项',
  active: '没有正在办理的事项',
  dueSoon: '没有即将到期的事项',
  overdue: '没有逾期的事项',
  awaitingRating: '没有等待居民评议的事项',
  closed: '还没有办结的事项',
  all: '还没有事项',
}

export function Tabs({ tab, counts, onPick }: { tab: QueueTab; counts: Record<QueueTab, number> | null; onPick: (t: QueueTab) => void }) {
  return (
    <View className='wb-tabs' role='tablist'>
      {QUEUE_TABS.map((t) => (
        <View
          key={t}
          className={`wb-tab${t === tab ? ' is-current' : ''}${t === 'overdue' && counts && counts.overdue > 0 ? ' is-alarm' : ''}`}
          data-testid={`workbench-tab-${t}`}
          role='tab'
          aria-selected={t === tab}
          onClick={() => onPick(t)}
        >
          <Text className='wb-tab__count' data-testid='tab-count'>
            {counts ? counts[t] : '–'}
          </Text>
          <Text className='wb-tab__label'>{QUEUE_TAB_LABELS[t]}</Text>
        </View>
      ))}
    </View>
  )
}

/** A leader's choice of whose matters to see: everyone's, or one cadre's. */
export function CadreFilter({ cadres, value, onPick }: { cadres: StaffProfile[]; value: string | null; onPick: (openid: string | null) => void }) {
  return (
    <View className='wb-filter sf-chips' data-testid='cadre-filter'>
      <View className={`sf-chip${value === null ? ' is-selected' : ''}`} data-testid='cadre-filter-all' onClick={() => onPick(null)}>
        全部干部
      </View>
      {cadres.map((c) => (
        <View
          key={c.openid}
          className={`sf-chip${value === c.openid ? ' is-selected' : ''}`}
          data-testid={`cadre-filter-${c.openid}`}
          onClick={() => onPick(c.openid)}
        >
          {c.name}
        </View>
      ))}
    </View>
  )
}
