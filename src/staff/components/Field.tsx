import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  label: string
  /** on the wrapper, so a test can find the input inside */
  testId?: string
  optional?: boolean
  error?: string
  hint?: ReactNode
  children: ReactNode
}

/** One row of a form: a big label, the control, a hint and its message in red. */
export default function Field({ label, testId, optional, error, hint, children }: Props) {
  return (
    <View className={`sf-field${error ? ' sf-field--invalid' : ''}`} data-testid={testId}>
      <View className='sf-field__label'>
        <Text>{label}</Text>
        {optional ? <Text className='sf-field__optional'>（选填）</Text> : <Text className='sf-field__required'> *</Text>}
      </View>
      {children}
      {hint ? <View className='sf-field__hint'>{hint}</View> : null}
      {error ? (
        <Text className='sf-field__error' data-testid='field-error'>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
