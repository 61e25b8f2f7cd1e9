import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DatePicker } from '@nutui/nutui-react-taro'
import { chineseDayOf, localDateToYmd, ymdToLocalDate } from '../../../domain/kernel/display-dates'
import Field from './Field'

interface Props {
  label: string
  /** YYYY-MM-DD, or '' for none yet */
  value: string
  error?: string
  hint?: string
  /** earliest and latest dates offered, YYYY-MM-DD */
  min?: string
  max?: string
  testId?: string
  onChange: (value: string) => void
}

const YEARS_AROUND = 3

/**
 * A China calendar date, chosen on NutUI's wheel (年 / 月 / 日, between `min` and `max`)
 * and shown in words, e.g. 2027年1月20日（星期三）. Nothing to type, nothing to mistype.
 */
export default function DateField({ label, value, error, hint, min, max, testId = 'form-date', onChange }: Props) {
  const [open, setOpen] = useState(false)
  const thisYear = new Date().getFullYear()
  const start = (min && ymdToLocalDate(min)) || new Date(thisYear - YEARS_AROUND, 0, 1)
  const end = (max && ymdToLocalDate(max)) || new Date(thisYear + YEARS_AROUND, 11, 31)
  const current = ymdToLocalDate(value)
  // the wheel opens on the chosen date, or the nearest allowed one
  const shown = current && current >= start && current <= end ? current : current && current > end ? end : start

  return (
    <Field label={label} testId={testId} error={error && /YYYY/.test(error) ? '请选择日期' : error} hint={hint}>
      <View
        className={`sf-input sf-date${value ? '' : ' is-empty'}`}
        data-testid={`${testId}-open`}
        role='button'
        onClick={() => setOpen(true)}
      >
        <Text className='sf-date__text' data-testid={`${testId}-value`}>
          {chineseDayOf(value) || '请选择日期'}
        </Text>
        <Text className='sf-date__action'>选择</Text>
      </View>
      <DatePicker
        title={`选择${label}`}
        type='date'
        visible={open}
        showChinese
        threeDimensional={false}
        startDate={start}
        endDate={end}
        value={shown}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [y, m, d] = values.map((v) => Number(v))
          if (y && m && d) onChange(localDateToYmd(new Date(y, m - 1, d)))
        }}
      />
    </Field>
  )
}
