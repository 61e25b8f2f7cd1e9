import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './EntryLink.scss'

interface Props {
  title: string
  /** what is behind it, in a line */
  sub: string
  url: string
  testId: string
}

/** A card that leads to another staff page (值班台, 值班表, 数字): its name, a line on what is there, and ›. */
export default function EntryLink({ title, sub, url, testId }: Props) {
  return (
    <View className='entry-link card' data-testid={testId} role='link' onClick={() => void Taro.navigateTo({ url })}>
      <View className='entry-link__text'>
        <Text className='entry-link__title'>{title}</Text>
        <Text className='entry-link__sub'>{sub}</Text>
      </View>
      <Text className='entry-link__arrow'>›</Text>
    </View>
  )
}
