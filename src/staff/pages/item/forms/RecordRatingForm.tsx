import { useState } from 'react'
import { View } from '@tarojs/components'
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../../../domain/matters/handling'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { callStaff } from '../../../../api/staff'
import DateField from '../../../components/DateField'
import Options from '../../../components/Options'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { useSubmit } from '../../../lib/useSubmit'
import { chinaToday, type FormProps } from './common'

const schema = matterStaffEventSchemas['item.recordRating']
const levelOptions = RATING_LEVELS.map((l) => ({ value: l, label: RATING_LABELS[l] }))
const solvedOptions = [
  { value: 'yes', label: '问题已解决' },
  { value: 'no', label: '问题未解决' },
] as const

/**
 * 记录回访评价: a resident without WeChat cannot rate in the app; the cadre asks them on a
 * 回访 and records what they said. It is kept as 干部回访记录, not as the resident's own.
 */
export default function RecordRatingForm({ item, onDone, onCancel }: FormProps) {
  const today = chinaToday()
  const repliedOn = item.reply ? item.reply.at.slice(0, 10) : today
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [solved, setSolved] = useState<'yes' | 'no' | null>(null)
  const [visitedAt, setVisitedAt] = useState(today)
  const [note, setNote] = useState('')
  const input = {
    action: 'item.recordRating',
    id: item.id,
    level: level ?? undefined,
    solved: solved === null ? undefined : solved === 'yes',
    visitedAt,
    note,
  }
  const form = useSubmit({ schema, input })
  const send = async () => {
    const done = await form.submit(schema, input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-record-rating'>
      <View className='sf-note'>请按居民在回访时的原话记录。记录会标明由您代为记录，不算作居民本人在小程序里的评议；不满意的事项会重新办理。</View>
      <DateField label='回访日期' testId='form-visited-at' value={visitedAt} min={repliedOn} max={today} error={form.fields.visitedAt} onChange={setVisitedAt} />
      <Options label='居民的满意程度' options={levelOptions} value={level} testPrefix='option-level' error={form.fields.level} onChange={setLevel} />
      <Options label='问题是否解决' options={solvedOptions} value={solved} testPrefix='option-solved' error={form.fields.solved} onChange={setSolved} />
      <TextInput
        label='居民的意见'
        testId='form-note'
        multiline
        optional={level !== 'unsatisfied'}
        maxLength={500}
        value={note}
        error={form.fields.note}
        placeholder={level === 'unsatisfied' ? '居民为什么不满意' : '居民还说了什么'}
        onChange={setNote}
      />
      <SubmitBar label='保存回访评价' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
