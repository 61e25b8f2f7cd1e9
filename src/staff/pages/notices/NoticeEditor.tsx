import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffNoticeView } from '../../../../domain/notices/api'
import { noticeStaffEventSchemas } from '../../../../domain/notices/schemas'
import { callStaff } from '../../../api/staff'
import { NoticeBody } from '../../../components/NoticeBody'
import { InlineAlert } from '../../../components/States'
import { newRequestId } from '../../../lib/randomId'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'
import MatterPicker from './MatterPicker'

const schema = noticeStaffEventSchemas['notices.save']

/**
 * 编写公告: the words, the matters it answers (the draft kept on this device until saved),
 * a preview exactly as residents will read it (saved first: the server masks what must not
 * be posted), then 发布. A published notice is withdrawn before it is edited again.
 */
export default function NoticeEditor({ pointCode, initial }: { pointCode: string; initial: StaffNoticeView | null }) {
  const [view, setView] = useState<StaffNoticeView | null>(initial)
  const [preview, setPreview] = useState(false)
  const requestId = useRef(newRequestId())
  const { draft, update, clear } = useStoredDraft(`notice-draft:${initial?.id ?? `new-${pointCode}`}`, () => ({
    title: initial?.title ?? '',
    raised: initial?.raised ?? '',
    done: initial?.done ?? '',
    next: initial?.next ?? '',
    itemIds: (initial?.itemIds ?? []).join(','),
  }))
  const itemIds = draft.itemIds ? draft.itemIds.split(',') : []
  const input = { action: 'notices.save', pointCode, ...(view ? { id: view.id } : { requestId: requestId.current }), title: draft.title, raised: draft.raised, done: draft.done, next: draft.next, itemIds }
  const form = useSubmit({ schema, input })
  const step = useSubmit()

  const save = async () => {
    const saved = await form.submit(schema, input, (event) => callStaff(event))
    if (saved) {
      setView(saved)
      clear()
    }
    return saved
  }
  const publish = async () => {
    const saved = view && !view.canEdit ? view : await save()
    if (!saved) return
    const done = await step.submit(noticeStaffEventSchemas['notices.publish'], { action: 'notices.publish', id: saved.id }, (event) => callStaff(event))
    if (done) {
      setView(done)
      setPreview(false)
      void Taro.showToast({ title: `已发布，告知 ${done.told} 位居民`, icon: 'none' })
    }
  }
  const withdraw = async () => {
    if (!view) return
    const done = await step.submit(noticeStaffEventSchemas['notices.withdraw'], { action: 'notices.withdraw', id: view.id }, (event) => callStaff(event))
    if (done) setView(done)
  }

  if (view && !view.canEdit) {
    return (
      <View data-testid='notice-published'>
        <NoticeBody notice={view} />
        <View className='sf-note' data-testid='notice-told'>
          已告知提出这些诉求的 {view.told} 位居民{view.toTell > 0 ? `，还有 ${view.toTell} 位待告知` : ''}。
        </View>
        {step.error ? <InlineAlert message={step.error} /> : null}
        {view.toTell > 0 ? (
          <Button type='primary' size='large' block loading={step.busy} data-testid='notice-tell-rest' onClick={() => void publish()}>
            继续告知
          </Button>
        ) : null}
        <Button size='large' block loading={step.busy} data-testid='notice-withdraw' onClick={() => void withdraw()}>
          撤下公告
        </Button>
      </View>
    )
  }
  return (
    <View data-testid='form-notice'>
      {view ? <Text className='sf-note' data-testid='notice-status'>{view.statusLabel}（已保存）{view.status === 'withdrawn' ? '：已从页面撤下，修改后可以重新发布' : ''}</Text> : null}
      <TextInput label='标题' testId='notice-title-input' maxLength={30} value={draft.title} error={form.fields.title} placeholder='如：幸福路路灯集中维修' onChange={(title) => update({ title })} />
      <TextInput label='群众反映' testId='notice-raised-input' multiline maxLength={500} value={draft.raised} error={form.fields.raised} placeholder='大家反映了什么' onChange={(raised) => update({ raised })} />
      <TextInput label='已经做了' testId='notice-done-input' multiline maxLength={500} value={draft.done} error={form.fields.done} placeholder='社区做了什么，结果怎样' onChange={(done) => update({ done })} />
      <TextInput label='下一步' testId='notice-next-input' multiline maxLength={500} value={draft.next} error={form.fields.next} placeholder='接下来怎么办，什么时候' onChange={(next) => update({ next })} />
      <View className='sf-note'>公告是公开的：不要写电话、身份证号；写到的门牌地址和姓名会被隐去，请在预览里看清楚。</View>
      <MatterPicker pointCode={pointCode} selected={itemIds} error={form.fields.itemIds} onChange={(ids) => update({ itemIds: ids.join(',') })} />
      <Button size='large' block loading={form.busy} data-testid='notice-preview' onClick={() => void save().then((s) => s && setPreview(true))}>
        保存并预览
      </Button>
      <SubmitBar label='发布' busy={form.busy || step.busy} error={form.error ?? step.error} onSubmit={() => void publish()} testId='notice-publish' />
      <Sheet title='预览（居民看到的样子）' open={preview && view !== null} onClose={() => setPreview(false)} testId='notice-preview-sheet'>
        {view ? <NoticeBody notice={view} /> : null}
        <SubmitBar label='发布' busy={step.busy} error={step.error} onSubmit={() => void publish()} onCancel={() => setPreview(false)} testId='notice-preview-publish' />
      </Sheet>
    </View>
  )
}
