import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { matterResidentEventSchemas, OPINION_MAX } from '../../../domain/matters/schemas'
import type { ItemDetail } from '../../../domain/matters/api'
import type { RatingLevel } from '../../../domain/matters/handling'
import { RATING_LABELS } from '../../../domain/matters/handling'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import { charCount, parseWith, type FieldErrors } from '../../../domain/kernel/validation'
import { callResident } from '../../api'
import SendButton from '../../components/SendButton'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'
import ActionError from './ActionError'
import ChoiceGroup, { type Choice } from './ChoiceGroup'
import Field from './Field'
import { emptyRateForm, toRateEvent, type RateForm } from './forms'
import type { ItemActions } from './useItemActions'


const LEVELS: Choice<RatingLevel>[] = [
  { value: 'satisfied', label: RATING_LABELS.satisfied, testId: 'rate-level-satisfied', tone: 'good' },
  { value: 'basic', label: RATING_LABELS.basic, testId: 'rate-level-basic', tone: 'fair' },
  { value: 'unsatisfied', label: RATING_LABELS.unsatisfied, testId: 'rate-level-unsatisfied', tone: 'bad' },
]

const SOLVED: Choice<boolean>[] = [
  { value: true, label: '已解决', testId: 'rate-solved-yes', tone: 'good' },
  { value: false, label: '未解决', testId: 'rate-solved-no', tone: 'bad' },
]

const PUBLIC: Choice<boolean>[] = [
  { value: false, label: '不公开', testId: 'rate-public-no', tone: 'fair' },
  { value: true, label: '公开', testId: 'rate-public-yes', tone: 'good' },
]

const validate = (itemId: string, form: RateForm) => parseWith(matterResidentEventSchemas['item.rate'], toRateEvent(itemId, form))

/** 评议: how satisfied, whether it was solved, and an opinion (needed for 不满意). */
export default function RateSection({ item, actions, onRefresh }: { item: ItemDetail; actions: ItemActions; onRefresh: () => void }) {
  const [form, setForm] = useState<RateForm>(emptyRateForm)
  const [errors, setErrors] = useState<FieldErrors>({})
  const attempted = useRef(false)
  const sending = actions.busy === 'rate'
  const locked = actions.busy !== null

  // Once the resident has tried to send, the messages follow the corrections live.
  useEffect(() => {
    if (!attempted.current) return
    const checked = validate(item.id, form)
    setErrors(checked.ok ? {} : checked.fields)
  }, [item.id, form])

  const set = <K extends keyof RateForm>(key: K, value: RateForm[K]) => setForm((f) => ({ ...f, [key]: value }))

  const send = async () => {
    if (locked) return
    attempted.current = true
    const checked = validate(item.id, form)
    if (!checked.ok) return setErrors(checked.fields)
    setErrors({})
    void askForNotices(NOTICES_ON.rate) // inside the tap, not waited for
    const done = checked.value.level === 'unsatisfied' ? '已转重新办理' : '感谢您的评议'
    await actions.run('rate', () => callResident(checked.value), done)
  }

  const mustExplain = form.level === 'unsatisfied'
  const count = charCount(form.opinion.trim())
  const error = actions.errorOf('rate')

  return (
    <>
      <View className='section-title'>请您评议</View>
      <View className='card rate-form' data-testid='rate-form'>
        <View className='rate-form__intro'>这件事已经答复，请您说说对办理结果是否满意。</View>
        {item.ratingClosesAt ? (
          <View className='rate-form__deadline' data-testid='rate-deadline'>
            请在 {formatChinaDateTime(item.ratingClosesAt)} 前评议，逾期按“未评价”办结
          </View>
        ) : null}

        <Field label='您对办理结果' need='required' error={errors.level}>
          <ChoiceGroup choices={LEVELS} value={form.level} disabled={locked} onChange={(v) => set('level', v)} />
        </Field>

        <Field label='问题是否解决' need='required' error={errors.solved}>
          <ChoiceGroup choices={SOLVED} value={form.solved} disabled={locked} onChange={(v) => set('solved', v)} />
        </Field>

        <Field
          label='意见'
          need={mustExplain ? 'required' : 'optional'}
          hint={mustExplain ? '选择“不满意”时请写下您的意见，干部会据此重新办理并回访您。' : undefined}
          error={errors.opinion}
        >
          <TextArea
            className='item-form__textarea large-textarea'
            data-testid='rate-opinion'
            value={form.opinion}
            maxLength={-1}
            rows={4}
            autoSize
            disabled={locked}
            placeholder={mustExplain ? '请说说哪里不满意，希望怎么办' : '有什么想说的，可以写在这里'}
            onChange={(v) => set('opinion', v)}
          />
          <View className='item-form__count'>
            <Text className={count > OPINION_MAX ? 'is-off' : ''}>
              {count}/{OPINION_MAX}
            </Text>
          </View>
        </Field>

        <Field
          label='公开到「大家说的事」'
          need='optional'
          hint='公开的是：分类、诉求内容（已去除姓名电话地址）、答复和评价，让其他居民看到说了什么、办得怎样。说事点领导审核通过后才公开，您随时可以撤下。'
          testId='rate-public'
        >
          <ChoiceGroup choices={PUBLIC} value={form.public === true} disabled={locked} onChange={(v) => set('public', v)} />
        </Field>

        {error ? <ActionError error={error} onRefresh={onRefresh} /> : null}

        <SendButton label='提交评议' busyLabel='正在提交…' busy={sending} disabled={locked} className='item-form__submit' testId='rate-submit' onClick={send} />
      </View>
    </>
  )
}
