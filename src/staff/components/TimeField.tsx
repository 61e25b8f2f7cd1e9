import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DatePicker } from '@nutui/nutui-react-taro'
import Field from './Field'

interface Props {
  label: string
  /** 'HH:mm', China time */
  value: string
  error?: string
  testId: string
  onChange: (value: string) => void
}

// any fixed day: only the hours and minutes are read
const DAY_START = new Date(2000, 0, 1, 0, 0)
const DAY_END = new Date(2000, 0, 1, 23, 55)

/** A time of day chosen on NutUI's wheel (时 / 分, every 5 minutes): nothing to type. */
export default function TimeField({ label, value, error, testId, onChange }: Props) {
  const [open, setOpen] = useState(false)
  const m = /^(\d{2}):(\d{2})$/.exec(value)
  const shown = m ? new Date(2000, 0, 1, Number(m[1]), Number(m[2])) : new Date(2000, 0, 1, 9, 0)
  return (
    <Field label={label} testId={testId} error={error}>
      <View className={`sf-input sf-date${value ? '' : ' is-empty'}`} data-testid={`${testId}-open`} role='button' onClick={() => setOpen(true)}>
        <Text className='sf-date__text' data-testid={`${testId}-value`}>
          {value || '请选择时间'}
        </Text>
        <Text className='sf-date__action'>选择</Text>
      </View>
      <DatePicker
        title={`选择${label}`}
        type='hour-minutes'
        minuteStep={5}
        visible={open}
        showChinese
        threeDimensional={false}
        startDate={DAY_START}
        endDate={DAY_END}
        value={shown}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [h, min] = values.map((v) => String(v).padStart(2, '0'))
          if (h && min) onChange(`${h}:${min}`)
        }}
      />
    </Field>
  )
}
