import { Input } from '@nutui/nutui-react-taro'
import FormField from './FormField'

interface Props {
  label: string
  testId: string
  value: string
  error?: string
  optional?: boolean
  /** what to write, in words (NutUI's own 请输入内容 says nothing) */
  placeholder: string
  kind?: 'text' | 'phone'
  maxLength?: number
  onChange: (value: string) => void
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
