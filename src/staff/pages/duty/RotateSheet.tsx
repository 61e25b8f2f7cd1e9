import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Switch } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { DutyCadreView } from '../../../../domain/duty/api'
import { dutyEventSchemas } from '../../../../domain/duty/schemas'
import { callStaff } from '../../../api/staff'
import { monthLabel } from '../../../lib/dutyText'
import Field from '../../components/Field'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

interface Props {
  pointCode: string
  month: string
  cadres: DutyCadreView[]
  onDone: () => void
  onCancel: () => void
}

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list]
  const [x] = next.splice(from, 1)
  next.splice(to, 0, x)
  return next
}

/**
 * 生成轮值: the order the cadres take turns in (moved up and down, left out with 不参加),
 * then one tap. By default only openings nobody covers are filled; 重新排 replaces the
 * roster of every opening not yet begun.
 */
export default function RotateSheet({ pointCode, month, cadres, onDone, onCancel }: Props) {
  const [order, setOrder] = useState(cadres.map((c) => c.openid))
  const [out, setOut] = useState<string[]>([])
  const [replace, setReplace] = useState(false)
  const input = { action: 'duty.rotate', pointCode, month, order: order.filter((id) => !out.includes(id)), replace }
  const form = useSubmit({ schema: dutyEventSchemas['duty.rotate'], input })
  const name = (id: string) => cadres.find((c) => c.openid === id)?.name ?? id

  const send = async () => {
    const done = await form.submit(dutyEventSchemas['duty.rotate'], input, (event) => callStaff(event))
    if (!done) return
    const head = done.startsWith ? `，从${done.startsWith.name}开始` : ''
    const left = done.uncovered > 0 ? `；${done.uncovered} 次无人可排` : ''
    Taro.showToast({ title: done.assigned > 0 ? `已排 ${done.assigned} 次${head}${left}` : `没有需要排的班${left}`, icon: 'none', duration: 3000 })
    onDone()
  }

  return (
    <View data-testid='duty-rotate'>
      <View className='sf-note'>
        按下面的顺序轮流安排{monthLabel(month)}还没开始的每次开放，每次一人；接着上个月最后值班的人往下轮，请假、外出的人那天自动跳过。
      </View>
      <Field label='轮值顺序' error={form.fields.order}>
        {order.map((id, i) => (
          <View key={id} className={`duty-order${out.includes(id) ? ' is-out' : ''}`} data-testid='duty-order-row'>
            <Text className='duty-order__name'>
              {out.includes(id) ? '' : `${order.filter((x) => !out.includes(x)).indexOf(id) + 1}. `}
              {name(id)}
            </Text>
            <View className='duty-order__btn' role='button' data-testid='duty-order-up' onClick={() => i > 0 && setOrder(move(order, i, i - 1))}>
              上移
            </View>
            <View className='duty-order__btn' role='button' data-testid='duty-order-down' onClick={() => i < order.length - 1 && setOrder(move(order, i, i + 1))}>
              下移
            </View>
            <View
              className='duty-order__btn'
              role='button'
              data-testid='duty-order-toggle'
              onClick={() => setOut(out.includes(id) ? out.filter((x) => x !== id) : [...out, id])}
            >
              {out.includes(id) ? '参加' : '不参加'}
            </View>
          </View>
        ))}
      </Field>
      <View className='duty-replace'>
        <View>
          <View className='duty-replace__label'>重新排已安排的班</View>
          <View className='sf-muted'>不打开时只给无人值班的开放排人，已排好的不动。</View>
        </View>
        <Switch checked={replace} onChange={setReplace} data-testid='duty-rotate-replace' />
      </View>
      <SubmitBar label='生成轮值' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} testId='duty-rotate-go' />
    </View>
  )
}
