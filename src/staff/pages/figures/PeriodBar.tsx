import { Text, View } from '@tarojs/components'
import type { ChinaDays } from '../../../../domain/kernel/periods'
import DateField from '../../components/DateField'
import { PERIOD_CHOICES, periodWords, type PeriodChoice } from '../../lib/figuresText'

interface Props {
  choice: PeriodChoice
  /** the range counted (for custom: what has been picked so far) */
  days: ChinaDays
  /** why the custom range cannot be counted yet */
  problem: string | null
  onChoice: (c: PeriodChoice) => void
  onCustom: (days: ChinaDays) => void
}

/** 本月 / 本季度 / 本半年, or two dates on the wheel; the range said in words underneath. */
export default function PeriodBar({ choice, days, problem, onChoice, onCustom }: Props) {
  return (
    <View className='card fg-period'>
      <View className='sf-chips' role='radiogroup'>
        {PERIOD_CHOICES.map((c) => (
          <View
            key={c.value}
            className={`sf-chip${c.value === choice ? ' is-selected' : ''}`}
            data-testid={`figures-period-${c.value}`}
            role='radio'
            aria-checked={c.value === choice}
            onClick={() => onChoice(c.value)}
          >
            {c.label}
          </View>
        ))}
      </View>
      {choice === 'custom' ? (
        <>
          <DateField label='开始日期' value={days.from} testId='figures-from' onChange={(from) => onCustom({ ...days, from })} />
          <DateField label='结束日期' value={days.to} testId='figures-to' hint='一次最多 366 天' onChange={(to) => onCustom({ ...days, to })} />
        </>
      ) : null}
      {problem ? (
        <Text className='fg-period__problem' data-testid='figures-period-problem'>
          {problem}
        </Text>
      ) : (
        <Text className='fg-period__words' data-testid='figures-period-words'>
          统计 {periodWords(days)} 登记的诉求
        </Text>
      )}
    </View>
  )
}
