import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { DutyMonth, DutyOpeningView } from '../../../../domain/duty/api'
import { isAwayOn } from '../../../../domain/duty/roster'
import { dutyEventSchemas } from '../../../../domain/duty/schemas'
import { callStaff } from '../../../api/staff'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

const HANDOVER = 'handover'

interface Props {
  opening: DutyOpeningView
  month: DutyMonth
  onDone: () => void
  onCancel: () => void
}

/**
 * 申请换班: ask another cadre of the point to take this duty, taking one of theirs this
 * month in return or not (代班). Nothing changes until they accept.
 */
export default function SwapSheet({ opening, month, onDone, onCancel }: Props) {
  const me = month.viewer.openid
  const [other, setOther] = useState<string | null>(null)
  const [their, setTheir] = useState<string>(HANDOVER)
  const onThis = new Set(opening.onDuty.map((p) => p.openid))
  const others = month.cadres.filter((c) => c.openid !== me && !onThis.has(c.openid) && !isAwayOn(c, opening.date))
  const theirDuties = month.openings.filter(
    (o) => !o.started && o.onDuty.some((p) => p.openid === other) && !o.onDuty.some((p) => p.openid === me),
  )
  const input = { action: 'duty.swapRequest', openingId: opening.id, withOpenid: other ?? undefined, theirOpeningId: their === HANDOVER ? undefined : their }
  const form = useSubmit({ schema: dutyEventSchemas['duty.swapRequest'], input })

  const send = async () => {
    const done = await form.submit(dutyEventSchemas['duty.swapRequest'], input, (event) => callStaff(event))
    if (!done) return
    Taro.showToast({ title: `已发给${done.to.name}，等待答复`, icon: 'none' })
    onDone()
  }

  return (
    <View data-testid='duty-swap'>
      <View className='sf-note'>
        您的值班：{dayLabel(opening.date)} {timeRange(opening.start, opening.end)}。对方同意后值班表才会改。
      </View>
      {others.length === 0 ? <View className='sf-note'>这天没有其他可以换班的工作人员。</View> : null}
      <Options
        label='请谁来接'
        options={others.map((c) => ({ value: c.openid, label: c.name, note: c.duty }))}
        value={other}
        testPrefix='duty-swap-with'
        error={form.fields.withOpenid}
        onChange={(v) => {
          setOther(v)
          setTheir(HANDOVER)
        }}
      />
      {other ? (
        <Options
          label='您换回哪一次'
          wide
          options={[
            { value: HANDOVER, label: '不换回，请对方代班' },
            ...theirDuties.map((o) => ({ value: o.id, label: `${dayLabel(o.date)} ${timeRange(o.start, o.end)}` })),
          ]}
          value={their}
          testPrefix='duty-swap-their'
          onChange={setTheir}
        />
      ) : null}
      <SubmitBar label='发送换班申请' busy={form.busy} error={form.error} disabled={others.length === 0} onSubmit={send} onCancel={onCancel} testId='duty-swap-send' />
    </View>
  )
}
