import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { callStaff } from '../../../../api/staff'
import { NOTICES_ON } from '../../../../lib/noticeTemplates'
import { askForNotices } from '../../../../lib/subscribe'
import Field from '../../../components/Field'
import SubmitBar from '../../../components/SubmitBar'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'
import HandlingChoices, { handlingInput, type Handling } from './HandlingChoices'

const MAX_STEPS = 10

/** 受理: sort the matter (track, importance → deadline, tier) and, for 分步实施, list its steps. */
export default function AcceptForm({ item, onDone, onCancel }: FormProps) {
  const [handling, setHandling] = useState<Handling>({ track: null, importance: null, tier: 'cadre' })
  const [steps, setSteps] = useState<string[]>([''])
  const input = {
    action: 'item.accept',
    id: item.id,
    ...handlingInput(handling),
    ...(handling.track === 'phased' ? { steps } : {}),
  }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.accept'], input })

  const setStep = (i: number, v: string) => setSteps((s) => s.map((old, n) => (n === i ? v : old)))
  const removeStep = (i: number) => setSteps((s) => (s.length > 1 ? s.filter((_, n) => n !== i) : ['']))

  const send = async () => {
    void askForNotices(NOTICES_ON.staff) // first, inside the tap; not waited for
    const done = await form.submit(matterStaffEventSchemas['item.accept'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }

  return (
    <View data-testid='form-accept'>
      <HandlingChoices value={handling} errors={form.fields} onChange={setHandling} />
      {handling.track === 'phased' ? (
        <Field label='实施步骤' error={form.fields.steps} hint='按先后顺序写，每步完成后在本页打勾'>
          {steps.map((step, i) => (
            <View key={i} className='accept-step'>
              <Text className='accept-step__no'>{i + 1}</Text>
              <View className='accept-step__input' data-testid={`form-step-${i}`}>
                <Input className='sf-input' type='text' value={step} placeholder={`第 ${i + 1} 步做什么`} maxLength={50} onChange={(v) => setStep(i, v)} />
                {form.fields[`steps.${i}`] ? <Text className='sf-field__error'>{form.fields[`steps.${i}`]}</Text> : null}
              </View>
              <Button size='small' className='accept-step__remove' data-testid={`step-remove-${i}`} onClick={() => removeStep(i)}>
                删除
              </Button>
            </View>
          ))}
          {steps.length < MAX_STEPS ? (
            <Button size='large' block className='accept-step__add' data-testid='step-add' onClick={() => setSteps((s) => [...s, ''])}>
              ＋ 再加一步
            </Button>
          ) : null}
        </Field>
      ) : null}
      <SubmitBar label='确认受理' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
