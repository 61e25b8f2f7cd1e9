import { Text, View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import { Notice } from './Notice'
import './index.scss'

export { ErrorState, goBack } from './ErrorState'

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state state--loading' data-testid='state-loading'>
      <Loading direction='vertical'>{text}</Loading>
    </View>
  )
}

export function EmptyState({ title, description, action, testId }: { title: string; description?: string; action?: ReactNode; testId?: string }) {
  return <Notice mark='○' tone='neutral' title={title} description={description} action={action} testId={testId} />
}

/** A message that stays on screen until the next attempt (unlike a toast). */
export function InlineAlert({ message, testId = 'form-error' }: { message: string; testId?: string }) {
  return (
    <View className='inline-alert' role='alert' data-testid={testId}>
      <Text className='inline-alert__mark'>!</Text>
      <Text className='inline-alert__text'>{message}</Text>
    </View>
  )
}
