import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OpeningHours, OpeningRule, ScheduleException } from '../../../../domain/schedule/openings'
import { normaliseHours, scheduleProblem } from '../../../../domain/schedule/check'
import { scheduleExceptionSchema } from '../../../../domain/schedule/schemas'
import { parseWith, type FieldErrors } from '../../../../domain/kernel/validation'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import HoursFields from './HoursFields'

type Kind = 'closed' | 'extra'
const kindOptions = [
  { value: 'closed' as const, label: '当天不开放', note: '节假日、临时停开' },
  { value: 'extra' as const, label: '加开一次', note: '遇有特殊情况' },
]
const NEED_REASON = '请填写不开放的原因'
const EXTRA: OpeningHours = { start: '09:00', end: '11:00', kind: 'walkIn' }

interface Props {
  rules: OpeningRule[]
  exceptions: ScheduleException[]
  /** the exception being edited, or a new one (with a date and kind to start from) */
  index: number | null
  start?: { date: string; kind: Kind }
  /** today, China time: the earliest date offered */
  today: string
  onDone: (exceptions: ScheduleException[]) => void
  onCancel: () => void
}

/** A dated change: a day closed (with why), or an extra opening. */
export default function ExceptionForm({ rules, exceptions, index, start, today, onDone, onCancel }: Props) {
  const current = index === null ? null : exceptions[index]
  const [kind, setKind] = useState<Kind>(current ? (current.closed ? 'closed' : 'extra') : (start?.kind ?? 'closed'))
  const [date, setDate] = useState(current?.date ?? start?.date ?? '')
  const [reason, setReason] = useState(current?.reason ?? '')
  const [hours, setHours] = useState<OpeningHours>(current?.extra ?? EXTRA)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<string | null>(null)

  const apply = () => {
    const draft = kind === 'closed' ? { date, closed: true, reason } : { date, extra: normaliseHours(hours) }
    const parsed = parseWith(scheduleExceptionSchema, draft)
    if (!parsed.ok) {
      // the hours' fields sit under `extra.` in the event, and on their own in the form
      setErrors(Object.fromEntries(Object.entries(parsed.fields).map(([k, v]) => [k.replace(/^extra\./, ''), v])))
      return setError(parsed.message)
    }
    if (kind === 'closed' && !reason.trim()) {
      setErrors({ reason: NEED_REASON })
      return setError(NEED_REASON)
    }
    const next = index === null ? [...exceptions, parsed.value] : exceptions.map((e, i) => (i === index ? parsed.value : e))
    const problem = scheduleProblem(rules, next)
    setErrors({})
    if (problem) return setError(problem)
    onDone(next.sort((a, b) => a.date.localeCompare(b.date)))
  }

  return (
    <View data-testid='exception-form'>
      <Options label='安排' options={kindOptions} value={kind} testPrefix='exception-kind' onChange={setKind} />
      <DateField label='日期' testId='exception-date' value={date} min={today} error={errors.date} onChange={setDate} />
      {kind === 'closed' ? (
        <TextInput label='原因' testId='exception-reason' maxLength={50} value={reason} placeholder='例如 国庆假期' hint='改约或取消受影响的预约时，可以据此向居民说明' error={errors.reason} onChange={setReason} />
      ) : (
        <HoursFields hours={hours} errors={errors} onChange={setHours} />
      )}
      {index !== null ? (
        <Button size='large' block className='sched-remove' data-testid='exception-remove' onClick={() => onDone(exceptions.filter((_, i) => i !== index))}>
          删除这项安排
        </Button>
      ) : null}
      <SubmitBar label='确定' busy={false} error={error} testId='exception-apply' onSubmit={apply} onCancel={onCancel} />
    </View>
  )
}
