import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SwapView } from '../../../../domain/duty/api'
import { callStaff } from '../../../api/staff'
import { dayLabel, clock } from '../../../lib/bookingText'

const when = (o: { date: string; start: string }) => `${dayLabel(o.date)} ${clock(o.start)}`

function words(s: SwapView, me: string): string {
  const back = s.their ? `，换${s.to.openid === me ? '您' : s.to.name} ${when(s.their)} 的值班` : '（代班，不换回）'
  if (s.to.openid === me) return `${s.from.name}请您接 ${when(s.opening)} 的值班${back}`
  if (s.from.openid === me) return `您请${s.to.name}接 ${when(s.opening)} 的值班${back}，等待对方答复`
  return `${s.from.name}请${s.to.name}接 ${when(s.opening)} 的值班${back}，等待答复`
}

/** 换班申请: those addressed to me (同意 / 不同意), mine (撤回), and for managers everyone's. */
export default function SwapRequests({ swaps, me, onChanged }: { swaps: SwapView[]; me: string; onChanged: () => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  if (swaps.length === 0) return null

  const act = async (id: string, event: Parameters<typeof callStaff>[0], done: string) => {
    if (busy) return
    setBusy(id)
    const r = await callStaff(event)
    setBusy(null)
    Taro.showToast({ title: r.ok ? done : r.error.message, icon: 'none', duration: r.ok ? 1500 : 3000 })
    // a stale request is gone from the list either way
    onChanged()
  }

  return (
    <View className='duty-swaps card' data-testid='duty-swaps'>
      <View className='sf-card-title'>换班申请</View>
      {swaps.map((s) => (
        <View key={s.id} className='duty-swap' data-testid='duty-swap-request'>
          <Text className='duty-swap__text'>{words(s, me)}</Text>
          <View className='duty-swap__actions'>
            {s.to.openid === me ? (
              <>
                <Button size='small' type='primary' loading={busy === s.id} data-testid='duty-swap-accept' onClick={() => void act(s.id, { action: 'duty.swapAnswer', id: s.id, accept: true }, '已同意，值班表已更新')}>
                  同意
                </Button>
                <Button size='small' disabled={busy === s.id} data-testid='duty-swap-decline' onClick={() => void act(s.id, { action: 'duty.swapAnswer', id: s.id, accept: false }, '已回复不同意')}>
                  不同意
                </Button>
              </>
            ) : null}
            {s.from.openid === me ? (
              <Button size='small' loading={busy === s.id} data-testid='duty-swap-withdraw' onClick={() => void act(s.id, { action: 'duty.swapWithdraw', id: s.id }, '已撤回')}>
                撤回
              </Button>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
