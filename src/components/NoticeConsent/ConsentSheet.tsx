import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Popup, Switch } from '@nutui/nutui-react-taro'
import './index.scss'

interface Props {
  /** the templates' titles, in the order asked */
  titles: string[]
  /** one answer per title: true for 允许 */
  onAnswer: (allowed: boolean[]) => void
}

/**
 * H5 only: what WeChat shows on `requestSubscribeMessage`. The mini-program's name, the
 * messages it wants to send (each can be switched off), 拒绝 and 允许.
 */
export default function ConsentSheet({ titles, onAnswer }: Props) {
  const [on, setOn] = useState<boolean[]>(() => titles.map(() => true))
  const [answered, setAnswered] = useState(false)
  const answer = (allowed: boolean[]) => {
    if (answered) return
    setAnswered(true)
    onAnswer(allowed)
  }
  return (
    <Popup visible position='bottom' round closeOnOverlayClick={false} zIndex={2000} className='notice-consent'>
      <View className='notice-consent__body' data-testid='notice-consent' role='dialog' aria-label='订阅消息'>
        <View className='notice-consent__app'>
          <Text className='notice-consent__logo'>说</Text>
          <Text className='notice-consent__name'>说事</Text>
          <Text className='notice-consent__ask'>申请</Text>
        </View>
        <View className='notice-consent__title'>发送一次以下消息</View>
        {titles.map((title, i) => (
          <View key={title} className='notice-consent__row' data-testid='notice-consent-row'>
            <Text className='notice-consent__row-title'>{title}</Text>
            <Switch checked={on[i]} onChange={(v) => setOn((all) => all.map((old, n) => (n === i ? v : old)))} />
          </View>
        ))}
        <View className='notice-consent__hint'>允许后，事情有了进展会通过微信通知您。不允许也不影响办事，可以在「我的 → 消息」里查看。</View>
        <View className='notice-consent__buttons'>
          <Button size='large' className='notice-consent__button' data-testid='notice-consent-reject' disabled={answered} onClick={() => answer(titles.map(() => false))}>
            拒绝
          </Button>
          <Button type='primary' size='large' className='notice-consent__button' data-testid='notice-consent-allow' disabled={answered} onClick={() => answer(on)}>
            允许
          </Button>
        </View>
      </View>
    </Popup>
  )
}
