import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ItemStatus } from '../../../domain/matters/status'
import { NOTICES_ON } from '../../lib/noticeTemplates'
import { askForNotices } from '../../lib/subscribe'
import './FollowNotices.scss'

const FOLLOWED: ItemStatus[] = ['submitted', 'accepted', 'in_progress', 'replied']

/**
 * 接收办理进展提醒: the resident asks for WeChat notices about this matter. Shown while
 * there is still news to come; every tap asks (it is what the button is for).
 */
export default function FollowNotices({ status }: { status: ItemStatus }) {
  const [asking, setAsking] = useState(false)
  if (!FOLLOWED.includes(status)) return null
  const ask = () => {
    if (asking) return
    // first thing in the tap, as WeChat requires
    const done = askForNotices(NOTICES_ON.follow, { explicit: true })
    setAsking(true)
    void done.then((answers) => {
      setAsking(false)
      if (Object.values(answers).includes('accept')) {
        void Taro.showToast({ title: '好的，有进展会通知您', icon: 'none', duration: 2500 }).catch(() => undefined)
      }
    })
  }
  return (
    <View className='follow-notices'>
      <Button size='large' block data-testid='follow-notices' disabled={asking} onClick={ask}>
        接收办理进展提醒
      </Button>
      <View className='item-actions__note'>允许后，受理、办理进展和答复会通过微信通知您；不允许也可以在「我的 → 消息」里看到。</View>
    </View>
  )
}
