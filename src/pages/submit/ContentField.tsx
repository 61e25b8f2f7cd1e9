import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import { CONTENT_MAX, CONTENT_MIN } from '../../../domain/matters/schemas'
import { charCount } from '../../../domain/kernel/validation'
import FormField from './FormField'

interface Props {
  value: string
  error?: string
  onChange: (value: string) => void
}

/** 诉求内容 with a live count against the 10–1000 characters the server accepts. */
export default function ContentField({ value, error, onChange }: Props) {
  const count = charCount(value.trim())
  const outOfRange = count > CONTENT_MAX || (count > 0 && count < CONTENT_MIN)
  const note = (
    <View className='content-field__note'>
      <Text>至少 {CONTENT_MIN} 个字</Text>
      <Text className={outOfRange ? 'content-field__count is-off' : 'content-field__count'} data-testid='content-count'>
        {count}/{CONTENT_MAX}
      </Text>
    </View>
  )
  return (
    <FormField label='诉求内容' error={error} note={note}>
      <TextArea
        className='content-field__input large-textarea'
        data-testid='field-content'
        value={value}
        maxLength={-1}
        rows={6}
        autoSize
        placeholder='请说说是什么事、在哪里、希望怎么解决'
        onChange={onChange}
      />
    </FormField>
  )
}
