import { Input, TextArea } from '@nutui/nutui-react-taro'
import Field from './Field'

interface Props {
  label: string
  testId: string
  value: string
  error?: string
  optional?: boolean
  /** what to write, in words (NutUI's own 请输入内容 says nothing) */
  placeholder: string
  hint?: string
  maxLength?: number
  /** several lines */
  multiline?: boolean
  onChange: (value: string) => void
}

/** A text entry in a large-text form; the testid is on the wrapper around the native input. */
export default function TextInput({ label, testId, value, error, optional, placeholder, hint, maxLength, multiline, onChange }: Props) {
  return (
    <Field label={label} testId={testId} error={error} optional={optional} hint={hint}>
      {multiline ? (
        <TextArea
          className='sf-textarea large-textarea'
          value={value}
          maxLength={maxLength ?? -1}
          rows={4}
          autoSize
          placeholder={placeholder}
          onChange={onChange}
        />
      ) : (
        <Input className='sf-input' type='text' value={value} placeholder={placeholder} maxLength={maxLength} clearable onChange={onChange} />
      )}
    </Field>
  )
}
