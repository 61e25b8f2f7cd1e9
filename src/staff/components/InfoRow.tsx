import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A label and its value on one line. */
export default function InfoRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <View className='sf-row'>
      <Text className='sf-row__label'>{label}</Text>
      <Text className='sf-row__value' data-testid={testId}>
        {children}
      </Text>
    </View>
  )
}
