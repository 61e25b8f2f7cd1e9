import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DutyCadreView, DutyOpeningView } from '../../../../domain/duty/api'
import { isAwayOn } from '../../../../domain/duty/roster'
import { dutyEventSchemas } from '../../../../domain/duty/schemas'
import { callStaff } from '../../../api/staff'
import { dayLabel, timeRange } from '../../../lib/bookingText'
import Field from '../../components/Field'
import SubmitBar from '../../components/SubmitBar'
import { useSubmit } from '../../lib/useSubmit'

interface Props {
  opening: DutyOpeningView
  cadres: DutyCadreView[]
  onDone: () => void
  onCancel: () => void
}

/** 调整值班: who is on duty for one opening, picked from the point's cadres (none: 缺岗). */
export default function AssignSheet({ opening, cadres, onDone, onCancel }: Props) {
  const [chosen, setChosen] = useState<string[]>(opening.onDuty.filter((p) => p.state === 'present').map((p) => p.openid))
  const input = { action: 'duty.set', openingId: opening.id, openids: chosen }
  const form = useSubmit({ schema: dutyEventSchemas['duty.set'], input })
  const toggle = (openid: string) => setChosen((c) => (c.includes(openid) ? c.filter((x) => x !== openid) : [...c, openid]))

  const send = async () => {
    const done = await form.submit(dutyEventSchemas['duty.set'], input, (event) => callStaff(event))
    if (!done) return
    Taro.showToast({ title: done.uncovered ? '已保存，这次无人值班' : '已保存', icon: 'none' })
    onDone()
  }

  return (
    <View data-testid='duty-assign'>
      <View className='sf-note'>
        {dayLabel(opening.date)} {timeRange(opening.start, opening.end)}
      </View>
      <Field label='值班人员' error={form.fields.openids} hint='可以选多人；都不选就是这次无人值班。'>
        <View className='sf-chips'>
          {cadres.map((c) => {
            const away = isAwayOn(c, opening.date)
            return (
              <View
                key={c.openid}
                className={`sf-chip${chosen.includes(c.openid) ? ' is-selected' : ''}${away ? ' is-disabled' : ''}`}
                role='checkbox'
                aria-checked={chosen.includes(c.openid)}
                aria-disabled={away}
                data-testid='duty-assign-cadre'
                onClick={() => (away ? Taro.showToast({ title: `${c.name}这天请假或外出`, icon: 'none' }) : toggle(c.openid))}
              >
                <Text>{c.name}</Text>
                <Text className='duty-chip__note'>{away ? '请假/外出' : c.duty}</Text>
              </View>
            )
          })}
        </View>
      </Field>
      <SubmitBar label='保存' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} testId='duty-assign-save' />
    </View>
  )
}
