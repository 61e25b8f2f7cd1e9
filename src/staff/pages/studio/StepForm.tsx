import { useState } from 'react'
import { Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClientResult } from '../../../api/result'
import { InlineAlert } from '../../../components/States'

/** One text and a button: a step on a suggestion (进展, 结果) or a new one; sent once at a time. */
export default function StepForm<T>({ placeholder, label, testId, send, onDone }: { placeholder: string; label: string; testId: string; send: (text: string) => Promise<ClientResult<T>>; onDone: (r: T) => void }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const go = async () => {
    setBusy(true)
    setError(null)
    const r = await send(text)
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    setText('')
    onDone(r.data)
  }
  return (
    <View className='studio-step'>
      <Textarea className='sf-input studio-text' value={text} placeholder={placeholder} maxlength={500} data-testid={`${testId}-text`} onInput={(e) => setText(e.detail.value)} />
      {error ? <InlineAlert message={error} testId={`${testId}-error`} /> : null}
      <Button size='large' loading={busy} disabled={busy} data-testid={`${testId}-send`} onClick={() => void go()}>
        {label}
      </Button>
    </View>
  )
}
