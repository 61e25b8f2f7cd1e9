import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  label: string
  /** '*' for required, （选填） for optional, nothing when neither is worth saying */
  need?: 'required' | 'optional'
  hint?: ReactNode
  error?: string
  children: ReactNode
  testId?: string
}

/** One question of a small form on this page: a big label, the answer, its message in red. */
export default function Field({ label, need, hint, error, children, testId }: Props) {
  return (
    <View className={`item-field${error ? ' item-field--invalid' : ''}`} data-testid={testId}>
      <View className='item-field__label'>
        <Text>{label}</Text>
        {need === 'required' ? <Text className='item-field__required'> *</Text> : null}
        {need === 'optional' ? <Text className='item-field__optional'>（选填）</Text> : null}
      </View>
      {hint ? <View className='item-field__hint'>{hint}</View> : null}
      {children}
      {error ? (
        <Text className='item-field__error' data-testid='field-error'>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
