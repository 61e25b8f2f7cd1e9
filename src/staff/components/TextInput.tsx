import { Input, TextArea } from '@nutui/nutui-react-taro'
import type { TextEntryProps } from '../../components/textEntry'
import Field from './Field'

interface Props extends TextEntryProps {
  hint?: string
  /** several lines */
  multiline?: boolean
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
