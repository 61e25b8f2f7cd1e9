import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import type { ClientError } from '../../api'
import './index.scss'

export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className='state state--loading' data-testid='state-loading'>
      <Loading direction='vertical'>{text}</Loading>
    </View>
  )
}

/** A failed load: what went wrong, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: ClientError; onRetry: () => void; title?: string }) {
  return (
    <View className='state state--error' data-testid='state-error'>
      <Empty status={error.code === 'NETWORK' ? 'network' : 'error'} title={title ?? '加载失败'} description={error.message} />
      <Button type='primary' size='large' className='state__button' data-testid='retry' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}

export function EmptyState({ title, action, testId }: { title: string; action?: ReactNode; testId?: string }) {
  return (
    <View className='state state--empty' data-testid={testId}>
      <Empty status='empty' title={title} />
      {action}
    </View>
  )
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
