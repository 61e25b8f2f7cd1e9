import { Picker, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import Field from './Field'

interface Props {
  label: string
  value: string
  error?: string
  hint?: string
  /** earliest date offered by the picker, YYYY-MM-DD */
  start?: string
  testId?: string
  onChange: (value: string) => void
}

/**
 * A China calendar date, YYYY-MM-DD. The mini-program opens WeChat's own date picker; the
 * H5 build (the local emulator, tests) takes the date as typed text.
 */
export default function DateField({ label, value, error, hint, start, testId = 'form-date', onChange }: Props) {
  return (
    <Field label={label} testId={testId} error={error} hint={hint}>
      {process.env.TARO_ENV === 'h5' ? (
        <Input className='sf-input' type='text' value={value} placeholder='例如 2026-03-01' maxLength={10} onChange={onChange} />
      ) : (
        <Picker mode='date' value={value} start={start} onChange={(e) => onChange(String(e.detail.value))}>
          <View className={`sf-input sf-date${value ? '' : ' is-empty'}`}>{value || '请选择日期'}</View>
        </Picker>
      )}
    </Field>
  )
}
