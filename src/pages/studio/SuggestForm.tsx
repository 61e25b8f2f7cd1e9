import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { callResident } from '../../api/resident'
import { newRequestId } from '../../lib/randomId'
import SendButton from '../../components/SendButton'
import { InlineAlert } from '../../components/States'

const draftKey = (code: string) => `studio-suggest-${code}`

/** 意见建议 to the studio's deputies; the draft is kept on the device until it is sent, and the outcome comes as a message. */
export default function SuggestForm({ pointCode }: { pointCode: string }) {
  const [content, setContent] = useState<string>(() => String(Taro.getStorageSync(draftKey(pointCode)) || ''))
  const [requestId] = useState(newRequestId)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState(false)
  const edit = (v: string) => {
    setContent(v)
    Taro.setStorageSync(draftKey(pointCode), v)
  }
  const send = async () => {
    setBusy(true)
    setError(null)
    const r = await callResident({ action: 'studio.suggest', pointCode, content, requestId })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    Taro.removeStorageSync(draftKey(pointCode))
    setSent(true)
  }
  if (sent) {
    return (
      <View className='studio-card card' data-testid='studio-suggest-sent'>
        <Text className='studio-card__title'>意见建议已收到</Text>
        <Text className='studio-card__text'>代表们会分送有关部门跟进，有结果会发消息告诉您。</Text>
      </View>
    )
  }
  return (
    <View className='studio-card card' data-testid='studio-suggest'>
      <Text className='studio-card__title'>给代表提意见建议</Text>
      <Textarea className='studio-input' value={content} maxlength={500} placeholder='您的意见和建议（至少 5 个字）' data-testid='studio-suggest-content' onInput={(e) => edit(e.detail.value)} />
      {error ? <InlineAlert message={error} testId='studio-suggest-error' /> : null}
      <SendButton label='提交意见建议' busyLabel='正在提交…' busy={busy} className='studio-send' testId='studio-suggest-send' onClick={() => void send()} />
    </View>
  )
}
