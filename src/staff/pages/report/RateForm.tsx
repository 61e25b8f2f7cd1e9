import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { QuarterRatingView } from '../../../../domain/reports/api'
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../../domain/matters/handling'
import { reportEventSchemas } from '../../../../domain/reports/schemas'
import { callStaff } from '../../../api/staff'
import { PRIMARY_HEX } from '../../../lib/theme'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

const levelOptions = RATING_LEVELS.map((l) => ({ value: l, label: RATING_LABELS[l] }))

const confirmOnce = () =>
  Taro.showModal({ title: '提交评议', content: '每位代表每季度只能评议一次，提交后不能修改。确定提交吗？', confirmText: '提交', confirmColor: PRIMARY_HEX, cancelText: '再看看' })
    .then((res) => res.confirm)
    .catch(() => false)

interface Props {
  pointCode: string
  year: number
  quarter: number
  onDone: (rating: QuarterRatingView) => void
}

/** A representative's rating of the quarter, once; what they type survives leaving the page. */
export default function RateForm({ pointCode, year, quarter, onDone }: Props) {
  const { draft, update, clear } = useStoredDraft(`report-rate-${pointCode}-${year}-${quarter}`, () => ({ level: '', opinion: '' }))
  const input = { action: 'reports.rate', pointCode, year, quarter, level: draft.level || undefined, opinion: draft.opinion }
  const form = useSubmit({ schema: reportEventSchemas['reports.rate'], input })
  const send = async () => {
    if (form.busy) return
    const checked = reportEventSchemas['reports.rate'].safeParse(input)
    if (checked.success && !(await confirmOnce())) return
    const saved = await form.submit(reportEventSchemas['reports.rate'], input, (e) => callStaff(e))
    if (!saved) return
    clear()
    onDone(saved)
  }
  return (
    <View className='card rp-section rp-rate' data-testid='report-rate-form'>
      <View className='sf-card-title'>我的评议</View>
      <Options
        label='对本季度工作'
        options={levelOptions}
        value={(draft.level || null) as RatingLevel | null}
        testPrefix='report-rate'
        error={form.fields.level}
        onChange={(level) => update({ level })}
      />
      <TextInput
        label='评议意见'
        testId='report-rate-opinion'
        value={draft.opinion}
        multiline
        maxLength={500}
        placeholder='说说哪些办得好、哪些还要改进'
        error={form.fields.opinion}
        onChange={(opinion) => update({ opinion })}
      />
      <SubmitBar label='提交评议' busy={form.busy} error={form.error} testId='report-rate-submit' onSubmit={() => void send()} />
    </View>
  )
}
