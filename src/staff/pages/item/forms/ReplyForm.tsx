import { useRef } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import { MATTER_DEADLINES } from '../../../../../domain/policy/defaults'
import { callStaff } from '../../../../api/staff'
import { PRIMARY_HEX } from '../../../../lib/theme'
import { NOTICES_ON } from '../../../../lib/noticeTemplates'
import { askForNotices } from '../../../../lib/subscribe'
import SubmitBar from '../../../components/SubmitBar'
import { replySigner } from '../../../lib/replySigner'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'
import ReplyFields, { useReplyDraft } from './ReplyFields'

/** 分步实施 steps not ticked yet: answering now says the work is done, so the cadre is asked. */
function UnfinishedSteps({ titles }: { titles: string[] }) {
  return (
    <View className='sf-warning' data-testid='reply-steps-warning'>
      <Text className='sf-warning__title'>还有 {titles.length} 个步骤没有打勾完成：</Text>
      {titles.map((t, i) => (
        <Text key={i} className='sf-warning__line'>
          · {t}
        </Text>
      ))}
      <Text className='sf-warning__line'>答复后居民会认为事情已经办完。若已完成，请先在「分步实施」里打勾。</Text>
    </View>
  )
}

const confirmUnfinished = (count: number) =>
  Taro.showModal({
    title: '还有步骤没有完成',
    content: `有 ${count} 个步骤还没有打勾完成，仍要答复居民吗？`,
    confirmText: '仍要答复',
    confirmColor: PRIMARY_HEX,
    cancelText: '再看看',
  })
    .then((res) => res.confirm)
    .catch(() => false)

/** 答复: the matter is done; tell the resident, who then rates it. */
export default function ReplyForm({ item, me, onDone, onCancel }: FormProps) {
  const [reply, setReply] = useReplyDraft(me)
  const input = { action: 'item.reply', id: item.id, ...reply }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.reply'], input })
  const unfinished = item.steps.filter((s) => !s.done).map((s) => s.title)
  const asking = useRef(false)

  const send = async () => {
    void askForNotices(NOTICES_ON.staff) // first, inside the tap; not waited for
    if (form.busy || asking.current) return
    if (unfinished.length > 0) {
      asking.current = true
      const go = await confirmUnfinished(unfinished.length)
      asking.current = false
      if (!go) return
    }
    const done = await form.submit(matterStaffEventSchemas['item.reply'], input, (event) => callStaff(event))
    if (!done) return
    replySigner.set(me?.openid, reply)
    onDone(done)
  }
  return (
    <View data-testid='form-reply'>
      {unfinished.length > 0 ? <UnfinishedSteps titles={unfinished} /> : null}
      <ReplyFields value={reply} errors={form.fields} onChange={setReply} />
      <View className='sf-note'>{`提交后居民会收到答复，并在 ${MATTER_DEADLINES.ratingWindowDays} 天内评议（满意 / 基本满意 / 不满意）。不满意的事项会重新办理。`}</View>
      <SubmitBar label='答复居民' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
