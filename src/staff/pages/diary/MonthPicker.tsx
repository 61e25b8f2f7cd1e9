import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { DatePicker } from '@nutui/nutui-react-taro'

interface Props {
  /** YYYY-MM */
  value: string
  /** the latest month offered, YYYY-MM */
  max: string
  onChange: (month: string) => void
}

const EARLIEST = new Date(2020, 0, 1)
const toDate = (month: string) => new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)
export const monthWords = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

/** Which month's diary to show: 年 / 月 on a wheel, nothing to type. */
export default function MonthPicker({ value, max, onChange }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <View className='card diary-month'>
      <Text data-testid='diary-month'>{monthWords(value)}的日记</Text>
      <View className='sf-chip' data-testid='diary-month-open' role='button' onClick={() => setOpen(true)}>
        换个月份
      </View>
      <DatePicker
        title='选择月份'
        type='year-month'
        visible={open}
        showChinese
        threeDimensional={false}
        startDate={EARLIEST}
        endDate={toDate(max)}
        value={toDate(value)}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [y, m] = values.map((v) => Number(v))
          if (y && m) onChange(`${y}-${String(m).padStart(2, '0')}`)
        }}
      />
    </View>
  )
}
