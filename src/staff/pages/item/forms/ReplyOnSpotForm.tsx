import { useState } from 'react'
import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { callStaff } from '../../../../api/staff'
import SubmitBar from '../../../components/SubmitBar'
import { replySigner } from '../../../lib/replySigner'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'
import HandlingChoices, { handlingInput, type Handling } from './HandlingChoices'
import ReplyFields, { useReplyDraft } from './ReplyFields'

/** 当场答复: what can be answered on the spot is accepted and answered in one step. */
export default function ReplyOnSpotForm({ item, me, onDone, onCancel }: FormProps) {
  const [handling, setHandling] = useState<Handling>({ track: 'immediate', importance: 'normal', tier: 'cadre' })
  const [reply, setReply] = useReplyDraft(me)
  const input = {
    action: 'item.replyOnSpot',
    id: item.id,
    ...handlingInput(handling),
    ...reply,
  }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.replyOnSpot'], input })

  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.replyOnSpot'], input, (event) => callStaff(event))
    if (!done) return
    replySigner.set(me?.openid, reply)
    onDone(done)
  }

  return (
    <View data-testid='form-reply-on-spot'>
      <HandlingChoices value={handling} errors={form.fields} onChange={setHandling} />
      <ReplyFields value={reply} errors={form.fields} onChange={setReply} />
      <View className='sf-note'>提交后居民会收到答复，并可以评议。</View>
      <SubmitBar label='当场答复' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
