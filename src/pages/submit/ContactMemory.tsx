import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { lastContact, maskPhone, type LastContact } from '../../lib/lastContact'

interface Props {
  /** the form's contact fields are still empty: the offer is worth making */
  empty: boolean
  onFill: (contact: LastContact) => void
}

/**
 * 上次的联系方式: offered when the contact fields are empty, filled in only on a tap, and
 * removed from the phone with one more. Nothing leaves the phone until the form is sent.
 */
export default function ContactMemory({ empty, onFill }: Props) {
  const [saved, setSaved] = useState(() => lastContact.get())
  if (!saved) return null
  const forget = () => {
    lastContact.forget()
    setSaved(null)
  }
  if (!empty)
    return (
      <View className='contact-memory contact-memory--quiet' data-testid='contact-memory-saved'>
        <Text>本机记着您上次的联系方式。</Text>
        <Text className='contact-memory__link' data-testid='contact-forget' onClick={forget}>
          清除
        </Text>
      </View>
    )
  return (
    <View className='contact-memory' data-testid='contact-memory'>
      <View className='contact-memory__title'>用上次的联系方式？</View>
      <Text className='contact-memory__text'>
        {[saved.name, maskPhone(saved.phone), saved.address].filter(Boolean).join(' · ')}
      </Text>
      <View className='contact-memory__buttons'>
        <Button size='large' className='contact-memory__button' data-testid='contact-forget' onClick={forget}>
          清除
        </Button>
        <Button type='primary' size='large' className='contact-memory__button' data-testid='contact-fill' onClick={() => onFill(saved)}>
          填入
        </Button>
      </View>
      <Text className='contact-memory__note'>只保存在这部手机上，提交前不会发给任何人。</Text>
    </View>
  )
}
