import { View } from '@tarojs/components'
import type { FieldErrors } from '../../../../../domain/validation'
import TextInput from '../../../components/TextInput'

export interface ReplyDraft {
  answer: string
  unit: string
  handler: string
}

/** 答复内容, 办理单位 and 经办人: what the resident is told and by whom. */
export default function ReplyFields({ value, errors, onChange }: { value: ReplyDraft; errors: FieldErrors; onChange: (v: ReplyDraft) => void }) {
  return (
    <View>
      <TextInput
        label='答复内容'
        testId='form-answer'
        multiline
        maxLength={1000}
        value={value.answer}
        error={errors.answer}
        placeholder='怎么办的、结果如何，用居民听得懂的话写'
        onChange={(answer) => onChange({ ...value, answer })}
      />
      <TextInput
        label='办理单位'
        testId='form-unit'
        maxLength={50}
        value={value.unit}
        error={errors.unit}
        placeholder='例如 社区居委会'
        onChange={(unit) => onChange({ ...value, unit })}
      />
      <TextInput
        label='经办人'
        testId='form-handler'
        maxLength={20}
        value={value.handler}
        error={errors.handler}
        onChange={(handler) => onChange({ ...value, handler })}
      />
    </View>
  )
}
