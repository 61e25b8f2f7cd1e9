import { Text, View } from '@tarojs/components'
import type { PlanEntryView } from '../../../domain/studio/api'
import { HALF_LABELS, PLAN_KIND_LABELS } from '../../../domain/studio/plan'
import { chineseDayOf } from '../../../domain/kernel/display-dates'

/** What each kind of half-day means to a resident: receptions need no booking. */
const KIND_HINTS = { reception: '到工作室当面接待，不用预约', visit: '代表进村入户走访', meeting: '代表集体接待、集中议事' } as const

/** A month's published plan: each half-day with the deputies on duty (their names are public, like 接访公示). */
export default function PlanList({ entries, testId }: { entries: PlanEntryView[]; testId: string }) {
  return (
    <View data-testid={testId}>
      {entries.map((e) => (
        <View key={`${e.date}-${e.half}`} className='studio-plan__row' data-testid={`${testId}-${e.date}-${e.half}`}>
          <Text className='studio-plan__when'>
            {chineseDayOf(e.date)} {HALF_LABELS[e.half]} · {PLAN_KIND_LABELS[e.kind]}
          </Text>
          <Text className='studio-plan__who'>值班代表：{e.deputies.map((d) => d.name).join('、')}</Text>
          <Text className='studio-plan__hint'>{e.note || KIND_HINTS[e.kind]}</Text>
        </View>
      ))}
    </View>
  )
}
