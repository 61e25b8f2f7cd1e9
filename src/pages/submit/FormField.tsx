import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  label: string
  optional?: boolean
  error?: string
  /** Under the input, above the error: counters and hints. */
  note?: ReactNode
  children: ReactNode
}

/** One row of the registration form: a big label, the input, and its message in red. */
export default function FormField({ label, optional, error, note, children }: Props) {
  return (
    <View className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <View className='form-field__label'>
        <Text>{label}</Text>
        {optional ? <Text className='form-field__optional'>（选填）</Text> : <Text className='form-field__required'> *</Text>}
      </View>
      {children}
      {note}
      {error ? (
        <Text className='form-field__error' data-testid='field-error'>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
