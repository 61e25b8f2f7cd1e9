import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * A picture-less notice (NutUI's Empty would fetch its pictures from a third-party CDN):
 * a big mark, a title, a line of explanation and an action.
 */
export function Notice({ mark, tone, title, description, action, testId, kind }: {
  mark: string
  tone: 'neutral' | 'error'
  title: string
  description?: string
  action?: ReactNode
  testId?: string
  /** what went wrong, for tests and styles */
  kind?: string
}) {
  return (
    <View className={`state state--${tone}`} data-testid={testId} data-kind={kind}>
      <View className='state__mark'>{mark}</View>
      <Text className='state__title' data-testid='state-title'>
        {title}
      </Text>
      {description ? <Text className='state__description'>{description}</Text> : null}
      {action ? <View className='state__action'>{action}</View> : null}
    </View>
  )
}
