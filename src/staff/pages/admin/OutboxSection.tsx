import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OutboxView } from '../../../../domain/messages/api'
import type { TemplateKey } from '../../../../domain/messages/templates'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'

const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  accepted: '受理通知',
  progress: '办理进度',
  replied: '答复通知',
  reminder: '评议提醒',
  booking: '预约通知',
  assigned: '新事项通知',
  due: '到期提醒',
}

type State = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; items: OutboxView[] }

/** 消息: subscription messages that could not be sent, each with 重发 (the timer sends it again). */
export default function OutboxSection() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const r = await callStaff({ action: 'outbox.list', status: 'failed', limit: 50 })
    setState(r.ok ? { status: 'ready', items: r.data.items } : { status: 'error', error: r.error })
  }, [])
  useEffect(() => void load(), [load])

  const retry = async (m: OutboxView) => {
    if (busy) return
    setBusy(m.id)
    const r = await callStaff({ action: 'outbox.retry', id: m.id })
    setBusy(null)
    if (!r.ok) return void Taro.showToast({ title: r.error.message, icon: 'none' })
    Taro.showToast({ title: '已重新排队，稍后发送', icon: 'none' })
    setState((s) => (s.status === 'ready' ? { ...s, items: s.items.filter((x) => x.id !== m.id) } : s))
  }

  if (state.status === 'loading') return <LoadingState />
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={() => void load()} />
  if (state.items.length === 0) {
    return <EmptyState title='没有发送失败的消息' description='订阅消息都已送出，或因用户未订阅只留在站内消息里。' testId='outbox-empty' />
  }
  return (
    <View data-testid='outbox-list'>
      <View className='sf-note'>以下订阅消息多次发送失败。站内「消息」里都有；重发后由定时任务再发一次。</View>
      {state.items.map((m) => (
        <View key={m.id} className='card staff-person' data-testid='outbox-row'>
          <View className='staff-person__top'>
            <Text className='staff-person__name'>{TEMPLATE_LABELS[m.template]}</Text>
            <Text className='sf-badge staff-person__off'>发送失败 {m.attempts} 次</Text>
          </View>
          <View className='staff-person__meta'>时间：{formatChinaDateTime(m.createdAt)}</View>
          <View className='staff-person__meta'>原因：{m.lastError ?? '未知'}</View>
          <Button size='small' className='staff-person__off-button' loading={busy === m.id} data-testid={`outbox-retry-${m.id}`} onClick={() => void retry(m)}>
            重发
          </Button>
        </View>
      ))}
    </View>
  )
}
