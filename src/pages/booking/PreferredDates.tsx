import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, DatePicker } from '@nutui/nutui-react-taro'
import { chinaYmd, chineseDayOf, localDateToYmd, ymdToLocalDate } from '../../../domain/kernel/display-dates'
import { MAX_PREFERRED_DATES } from '../../../domain/booking/home-visits'
import { HOME_VISITS } from '../../../domain/policy/defaults'

interface Props {
  dates: string[]
  onChange: (dates: string[]) => void
}

/**
 * Up to 3 days that suit the resident, each chosen on NutUI's date wheel (from tomorrow to
 * 30 days ahead) and shown in words with a 删除 beside it: nothing to type.
 */
export default function PreferredDates({ dates, onChange }: Props) {
  const [open, setOpen] = useState(false)
  const first = ymdToLocalDate(chinaYmd(new Date(), 1)) as Date
  const last = ymdToLocalDate(chinaYmd(new Date(), HOME_VISITS.preferredWithinDays)) as Date
  // the wheel opens on the day after the last one chosen, when there is one
  const after = dates.length ? ymdToLocalDate(dates[dates.length - 1]) : null
  const shown = after && after >= first && after < last ? new Date(after.getFullYear(), after.getMonth(), after.getDate() + 1) : first

  const add = (ymd: string) => {
    if (!dates.includes(ymd)) onChange([...dates, ymd].sort())
  }

  return (
    <View className='preferred-dates' data-testid='hv-dates'>
      {dates.map((d) => (
        <View key={d} className='preferred-dates__day' data-testid='hv-date'>
          <Text className='preferred-dates__text'>{chineseDayOf(d)}</Text>
          <View className='preferred-dates__remove' role='button' data-testid='hv-date-remove' onClick={() => onChange(dates.filter((x) => x !== d))}>
            删除
          </View>
        </View>
      ))}
      {dates.length < MAX_PREFERRED_DATES ? (
        <Button size='large' block className='preferred-dates__add' data-testid='hv-date-add' onClick={() => setOpen(true)}>
          {dates.length === 0 ? '选择日期' : '再加一天'}
        </Button>
      ) : null}
      <DatePicker
        title='选择方便的日期'
        type='date'
        visible={open}
        showChinese
        threeDimensional={false}
        startDate={first}
        endDate={last}
        value={shown}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const [y, m, d] = values.map((v) => Number(v))
          if (y && m && d) add(localDateToYmd(new Date(y, m - 1, d)))
        }}
      />
    </View>
  )
}
