import { Text, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
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

/**
 * A picture-less notice (NutUI's Empty would fetch its pictures from a third-party CDN):
 * a big mark, a title, a line of explanation and an action.
 */
function Notice({ mark, tone, title, description, action, testId }: {
  mark: string
  tone: 'neutral' | 'error'
  title: string
  description?: string
  action?: ReactNode
  testId?: string
}) {
  return (
    <View className={`state state--${tone}`} data-testid={testId}>
      <View className='state__mark'>{mark}</View>
      <Text className='state__title'>{title}</Text>
      {description ? <Text className='state__description'>{description}</Text> : null}
      {action ? <View className='state__action'>{action}</View> : null}
    </View>
  )
}

/** A failed load: what went wrong, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry, title = '加载失败' }: { error: ClientError; onRetry: () => void; title?: string }) {
  const retry = (
    <Button type='primary' size='large' block data-testid='retry' onClick={onRetry}>
      重试
    </Button>
  )
  return <Notice mark='!' tone='error' title={title} description={error.message} action={retry} testId='state-error' />
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
