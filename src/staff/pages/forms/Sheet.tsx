import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

export interface Cell {
  label: string
  value: ReactNode
  /** takes the whole width (the matter, the answer) */
  wide?: boolean
}

/** One of the source's forms: a title, the point, and a ruled table of label and value. */
export default function FormSheet({ title, subtitle, cells, foot, testId }: { title: string; subtitle: string; cells: Cell[]; foot?: ReactNode; testId: string }) {
  return (
    <View className='form-sheet' data-testid={testId}>
      <View className='form-sheet__title'>{title}</View>
      <View className='form-sheet__subtitle'>{subtitle}</View>
      <View className='form-sheet__table'>
        {cells.map((c) => (
          <View key={c.label} className={`form-sheet__cell${c.wide ? ' form-sheet__cell--wide' : ''}`}>
            <Text className='form-sheet__label'>{c.label}</Text>
            <Text className='form-sheet__value'>{c.value === '' || c.value === null ? '　' : c.value}</Text>
          </View>
        ))}
      </View>
      {foot ? <View className='form-sheet__foot'>{foot}</View> : null}
    </View>
  )
}
