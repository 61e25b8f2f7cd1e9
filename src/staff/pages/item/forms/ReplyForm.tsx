import { useState } from 'react'
import { View } from '@tarojs/components'
import { staffEventSchemas } from '../../../../../domain/staff-schemas'
import { callStaff } from '../../../../api/staff'
import { NOTICES_ON } from '../../../../lib/noticeTemplates'
import { askForNotices } from '../../../../lib/subscribe'
import SubmitBar from '../../../components/SubmitBar'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'
import ReplyFields, { type ReplyDraft } from './ReplyFields'

/** 答复: the matter is done; tell the resident, who then rates it. */
export default function ReplyForm({ item, me, onDone, onCancel }: FormProps) {
  const [reply, setReply] = useState<ReplyDraft>({ answer: '', unit: '', handler: me?.name ?? '' })
  const form = useSubmit()
  const send = async () => {
    void askForNotices(NOTICES_ON.staff) // first, inside the tap; not waited for
    const done = await form.submit(staffEventSchemas['item.reply'], { action: 'item.reply', id: item.id, ...reply }, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-reply'>
      <ReplyFields value={reply} errors={form.fields} onChange={setReply} />
      <View className='sf-note'>提交后居民会收到答复，并在 14 天内评议（满意 / 基本满意 / 不满意）。不满意的事项会重新办理。</View>
      <SubmitBar label='答复居民' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
