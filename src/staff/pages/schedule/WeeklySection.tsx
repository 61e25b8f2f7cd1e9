import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OPENING_KIND_LABELS, type OpeningRule, type ScheduleException } from '../../../../domain/schedule/openings'
import { weekdayName } from '../../../../domain/schedule/check'
import { OPENINGS } from '../../../../domain/policy/defaults'
import { timeRange } from '../../../lib/bookingText'
import { EmptyState } from '../../../components/States'

/** 约访 30 分钟一段，每段 2 人 */
export function slotsText(h: { kind: string; slotMinutes?: number; places?: number }): string {
  return h.kind === 'booking' ? `${h.slotMinutes ?? 30} 分钟一段，每段 ${h.places ?? 1} 人` : ''
}

/** 每周: the weekly opening rules, each opened to edit; a new one added. */
export function WeeklySection({ rules, onEdit }: { rules: OpeningRule[]; onEdit: (index: number | null) => void }) {
  return (
    <View data-testid='schedule-rules'>
      {rules.length === 0 ? <EmptyState title='还没有每周的开放时间' description={`说事点每月应开放不少于 ${OPENINGS.talkPerMonth} 次，每周三为说事日`} testId='rules-empty' /> : null}
      {rules.map((r, i) => (
        <View key={`${r.weekday}-${r.start}`} className='card sched-row' data-testid='rule-row' role='button' onClick={() => onEdit(i)}>
          <View className='sched-row__main'>
            <Text className='sched-row__when'>
              {weekdayName(r.weekday)} {timeRange(r.start, r.end)}
            </Text>
            <Text className='sf-badge'>{OPENING_KIND_LABELS[r.kind]}</Text>
          </View>
          {r.kind === 'booking' ? <Text className='sf-muted'>{slotsText(r)}</Text> : null}
          <Text className='sched-row__edit'>修改</Text>
        </View>
      ))}
      <Button type='primary' size='large' block className='sched-add' data-testid='rule-add' onClick={() => onEdit(null)}>
        添加每周开放时间
      </Button>
    </View>
  )
}

/** 特殊安排: closed days and extra openings by date, each opened to edit. */
export function ExceptionsSection({ exceptions, onEdit }: { exceptions: ScheduleException[]; onEdit: (index: number | null) => void }) {
  return (
    <View data-testid='schedule-exceptions'>
      {exceptions.length === 0 ? <EmptyState title='没有特殊安排' description='节假日不开放，或遇有特殊情况加开，都在这里添加' testId='exceptions-empty' /> : null}
      {exceptions.map((e, i) => (
        <View key={`${e.date}-${i}`} className='card sched-row' data-testid='exception-row' role='button' onClick={() => onEdit(i)}>
          <View className='sched-row__main'>
            <Text className='sched-row__when'>{e.date}</Text>
            <Text className={`sf-badge${e.closed ? ' sched-closed' : ''}`}>{e.closed ? '不开放' : '加开'}</Text>
          </View>
          <Text className='sf-muted'>
            {e.closed ? (e.reason ?? '') : e.extra ? `${timeRange(e.extra.start, e.extra.end)} ${OPENING_KIND_LABELS[e.extra.kind]} ${slotsText(e.extra)}` : ''}
          </Text>
          <Text className='sched-row__edit'>修改</Text>
        </View>
      ))}
      <Button type='primary' size='large' block className='sched-add' data-testid='exception-add' onClick={() => onEdit(null)}>
        添加特殊安排
      </Button>
    </View>
  )
}
