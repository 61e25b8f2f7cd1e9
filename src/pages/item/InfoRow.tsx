import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A label and its value on one line. */
export default function InfoRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value' data-testid={testId}>
        {children}
      </Text>
    </View>
  )
}
