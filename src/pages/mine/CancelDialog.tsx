import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { callResident } from '../../api'

type CancelEvent = { action: 'booking.cancel'; id: string } | { action: 'homeVisit.cancel'; id: string }

/** Cancelling one of 我的 rows after a confirmation: sent once, its error kept for the row. */
export function useCancel(event: CancelEvent, onChanged: () => void) {
  const [asking, setAsking] = useState(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const cancel = async () => {
    if (sending) return
    setSending(true)
    const reply = await callResident(event)
    setSending(false)
    setAsking(false)
    if (reply.ok) {
      setError(null)
      onChanged()
    } else setError(reply.error.message)
  }
  const ask = () => (setError(null), setAsking(true))
  return { asking, sending, error, ask, keep: () => setAsking(false), cancel }
}

/** The confirmation: 不取消 / 确定取消, closed only when nothing is being sent. */
export function CancelDialog({ state, title, testId, children }: { state: ReturnType<typeof useCancel>; title: string; testId: string; children: ReactNode }) {
  const footer = (
    <View className='booking-row__buttons'>
      <Button size='large' className='booking-row__button' data-testid={`${testId}-keep`} disabled={state.sending} onClick={state.keep}>
        不取消
      </Button>
      <Button type='danger' size='large' className='booking-row__button' data-testid={`${testId}-confirm`} loading={state.sending} disabled={state.sending} onClick={state.cancel}>
        {state.sending ? '正在取消…' : '确定取消'}
      </Button>
    </View>
  )
  return (
    <Dialog visible={state.asking} title={title} footer={footer} closeOnOverlayClick={false} onClose={() => !state.sending && state.keep()}>
      <View className='booking-row__dialog-text' data-testid={`${testId}-dialog`}>
        {children}
      </View>
    </Dialog>
  )
}
