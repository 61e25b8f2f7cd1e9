import { Input } from '@nutui/nutui-react-taro'
import type { TextEntryProps } from '../../components/textEntry'
import FormField from './FormField'

interface Props extends TextEntryProps {
  kind?: 'text' | 'phone'
}

/** A phone number holds digits only: anything else typed or pasted is dropped as it comes. */
const digitsOnly = (v: string) => v.replace(/\D+/g, '')

/** A one-line text entry of the form. */
export default function TextField({ label, testId, value, error, optional, placeholder, kind = 'text', maxLength, onChange }: Props) {
  // The mini-program's numeric keyboard is type "number"; browsers want "tel" for a phone number.
  const phoneType = process.env.TARO_ENV === 'h5' ? 'tel' : 'number'
  return (
    <FormField label={label} optional={optional} error={error}>
      <Input
        className='text-field__input'
        data-testid={testId}
        type={kind === 'phone' ? phoneType : 'text'}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        clearable
        onChange={(v) => onChange(kind === 'phone' ? digitsOnly(v) : v)}
      />
    </FormField>
  )
}
