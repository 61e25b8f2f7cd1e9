import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OPENING_KIND_LABELS } from '../../../../domain/schedule/openings'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import { EmptyState, InlineAlert } from '../../../components/States'
import type { MonthPlan } from './monthPlan'

export const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`

interface Props {
  plans: MonthPlan[]
  shown: number
  today: string
  onShow: (index: number) => void
  onCloseDay: (date: string) => void
  onReopenDay: (date: string) => void
}

/** 月历: the month's openings day by day, with the places booked; a day can be closed (or opened again) from here. */
export default function MonthSection({ plans, shown, today, onShow, onCloseDay, onReopenDay }: Props) {
  const plan = plans[shown]
  return (
    <View data-testid='schedule-month'>
      <View className='sched-months' role='tablist'>
        {plans.map((p, i) => (
          <View key={p.month} className={`sf-chip${i === shown ? ' is-selected' : ''}`} role='tab' aria-selected={i === shown} data-testid={`month-${p.month}`} onClick={() => onShow(i)}>
            {monthLabel(p.month)}
            {p.warnings.length > 0 ? ' ⚠' : ''}
          </View>
        ))}
      </View>
      {plan.problem ? <InlineAlert message={plan.problem} testId='month-problem' /> : null}
      {plan.warnings.map((w) => (
        <View key={w} className='sf-warning' data-testid='month-warning'>
          {w}
        </View>
      ))}
      {!plan.problem && plan.days.length === 0 ? <EmptyState title={`${monthLabel(plan.month)}没有开放`} description='在「每周」里添加开放时间' testId='month-empty' /> : null}
      {plan.days.map((d) => (
        <View key={d.date} className={`card sched-day${d.closed !== null ? ' is-closed' : ''}`} data-testid='month-day' data-date={d.date}>
          <View className='sched-day__head'>
            <Text className='sched-day__date'>{dayLabel(d.date)}</Text>
            {d.date < today ? null : d.closed !== null ? (
              <Button size='small' data-testid='day-reopen' onClick={() => onReopenDay(d.date)}>
                恢复开放
              </Button>
            ) : (
              <Button size='small' data-testid='day-close' onClick={() => onCloseDay(d.date)}>
                当天不开放
              </Button>
            )}
          </View>
          {d.closed !== null ? <Text className='sched-closed-reason'>不开放：{d.closed}</Text> : null}
          {d.orphaned > 0 && d.date >= today ? (
            <Text className='sched-closed-reason' data-testid='day-orphaned'>
              这天已有 {d.orphaned} 个预约不在新的排班里，保存后请在「待处理」里改约或取消
            </Text>
          ) : null}
          {d.openings.map((o) => (
            <View key={o.id} className='sched-day__opening'>
              <Text>
                {timeRange(o.start, o.end)} {OPENING_KIND_LABELS[o.kind]}
              </Text>
              {o.places > 0 ? <Text className='sf-muted'>已约 {o.booked}/{o.places}</Text> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
