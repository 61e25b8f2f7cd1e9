import { Text } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import FormField from '../submit/FormField'

interface Props {
  testId: string
  value: string
  /** the longest topic the schema takes */
  maxLength: number
  placeholder: string
  error?: string
  onChange: (topic: string) => void
}

/** 想说的事, in a few words: what a booking or a 上门走访 is about. */
export default function TopicField({ testId, value, maxLength, placeholder, error, onChange }: Props) {
  return (
    <FormField label='想说的事' error={error} note={<Text className='booking-form__count'>{`2–${maxLength} 个字，简单说说就行`}</Text>}>
      <TextArea className='large-textarea' data-testid={testId} value={value} maxLength={maxLength} rows={3} autoSize placeholder={placeholder} onChange={onChange} />
    </FormField>
  )
}
