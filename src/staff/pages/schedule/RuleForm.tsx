import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OpeningRule, ScheduleException } from '../../../../domain/schedule/openings'
import { normaliseHours, scheduleProblem, weekdayName } from '../../../../domain/schedule/check'
import { openingRuleSchema } from '../../../../domain/schedule/schemas'
import { parseWith, type FieldErrors } from '../../../../domain/kernel/validation'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import HoursFields from './HoursFields'

const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d) }))

export const NEW_RULE: OpeningRule = { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' }

interface Props {
  rules: OpeningRule[]
  exceptions: ScheduleException[]
  /** the rule being edited, or null for a new one */
  index: number | null
  onDone: (rules: OpeningRule[]) => void
  onCancel: () => void
}

/** One weekly opening: the weekday, its hours and kind; checked against the whole week before it is kept. */
export default function RuleForm({ rules, exceptions, index, onDone, onCancel }: Props) {
  const [rule, setRule] = useState<OpeningRule>(index === null ? NEW_RULE : rules[index])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(null)

  const apply = () => {
    const parsed = parseWith(openingRuleSchema, normaliseHours(rule))
    if (!parsed.ok) {
      setErrors(parsed.fields)
      return setError(parsed.message)
    }
    const next = index === null ? [...rules, parsed.value] : rules.map((r, i) => (i === index ? parsed.value : r))
    const problem = scheduleProblem(next, exceptions)
    setErrors({})
    if (problem) return setError(problem)
    onDone(next.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)))
  }

  return (
    <View data-testid='rule-form'>
      <Options label='星期' options={weekdayOptions} value={String(rule.weekday)} testPrefix='rule-weekday' error={errors.weekday} onChange={(v) => setRule({ ...rule, weekday: Number(v) })} />
      <HoursFields hours={rule} errors={errors} onChange={(h) => setRule({ ...rule, ...h })} />
      {index !== null ? (
        <Button size='large' block className='sched-remove' data-testid='rule-remove' onClick={() => onDone(rules.filter((_, i) => i !== index))}>
          删除这条开放时间
        </Button>
      ) : null}
      <SubmitBar label='确定' busy={false} error={error} testId='rule-apply' onSubmit={apply} onCancel={onCancel} />
    </View>
  )
}
