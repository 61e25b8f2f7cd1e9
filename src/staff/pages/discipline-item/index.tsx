import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ClueReceiverView } from '../../../../domain/discipline/api'
import { disciplineStaffEventSchemas } from '../../../../domain/discipline/schemas'
import { formatChinaDate, formatChinaDateTime } from '../../../../domain/kernel/time'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import PhotoGallery from '../../../components/PhotoGallery'
import { readParam } from '../../../lib/params'
import RecordUnavailable from '../../components/RecordUnavailable'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useRecord } from '../../lib/useRecord'
import { useSubmit } from '../../lib/useSubmit'
import '../../components/staff.scss'
import '../discipline/index.scss'

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这条线索，或它不是报给您所在党委的' }

function Field({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <View className='clue-field' data-testid={testId}>
      <Text className='clue-field__label'>{label}</Text>
      <Text>{children}</Text>
    </View>
  )
}

function ReplyForm({ id, onDone, onCancel }: { id: string; onDone: (v: ClueReceiverView) => void; onCancel: () => void }) {
  const [reply, setReply] = useState('')
  const schema = disciplineStaffEventSchemas['discipline.reply']
  const input = { action: 'discipline.reply', id, reply }
  const form = useSubmit({ schema, input })
  const send = async () => {
    const done = await form.submit(schema, input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='clue-reply-form'>
      <TextInput label='给反映人的答复' testId='clue-reply-text' multiline maxLength={500} value={reply} error={form.fields.reply} placeholder='核查的情况和处理结果' onChange={setReply} />
      <SubmitBar label='答复' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

/** 违纪线索 (?id=): everything reported and who reported it (shown to the receivers only); 接收, 答复, 办结. */
export default function DisciplineItemPage() {
  const id = readParam(useRouter().params.id)
  const { loaded, load, replace } = useRecord(id, (id) => callStaff({ action: 'discipline.get', id }), { noAccess: NO_ACCESS })
  const [replying, setReplying] = useState(false)
  const [busy, setBusy] = useState(false)
  if (loaded.status !== 'ready') return <RecordUnavailable className='clue-page' state={loaded} noAccess={NO_ACCESS} onRetry={() => void load()} />
  const c = loaded.data
  const done = (next: ClueReceiverView) => {
    replace(next)
    setReplying(false)
    Taro.showToast({ title: '已保存', icon: 'success' })
  }
  const step = async (action: 'discipline.ack' | 'discipline.close') => {
    if (busy) return
    setBusy(true)
    const r = await callStaff({ action, id: c.id })
    setBusy(false)
    if (r.ok) done(r.data)
    else Taro.showToast({ title: r.error.message, icon: 'none' })
  }
  const filer = c.filer.name ? `${c.filer.kind} ${c.filer.name}` : `${c.filer.kind}（微信用户 ${c.filer.openid.slice(-6)}）`
  return (
    <PageShell className='clue-page'>
      <View className='card' data-testid='clue-detail'>
        <View className='sf-card-title' data-testid='clue-detail-state'>
          {c.stateLabel}
        </View>
        <Field label='反映对象'>{c.about}</Field>
        <Field label='反映的问题' testId='clue-detail-content'>{c.content}</Field>
        <Field label='发生在'>{c.pointName}</Field>
        <Field label='报送时间'>{formatChinaDate(c.filedAt)}</Field>
        <Field label='反映人（仅您可见）' testId='clue-detail-filer'>{filer}</Field>
        {c.photos.length ? <PhotoGallery photos={c.photos} testId='clue-detail-photos' /> : null}
        {c.reply ? <Field label='给反映人的答复' testId='clue-detail-reply'>{c.reply}</Field> : null}
      </View>
      {c.can['discipline.ack'] || c.can['discipline.reply'] || c.can['discipline.close'] ? (
        <View className='card clue-actions' data-testid='clue-actions'>
          {c.can['discipline.ack'] ? (
            <Button type='primary' size='large' loading={busy} data-testid='clue-ack' onClick={() => void step('discipline.ack')}>
              接收
            </Button>
          ) : null}
          {c.can['discipline.reply'] ? (
            <Button type={c.can['discipline.ack'] ? 'default' : 'primary'} size='large' data-testid='clue-open-reply' onClick={() => setReplying(true)}>
              {c.reply ? '重新答复' : '答复反映人'}
            </Button>
          ) : null}
          {c.can['discipline.close'] ? (
            <Button size='large' loading={busy} data-testid='clue-close' onClick={() => void step('discipline.close')}>
              办结
            </Button>
          ) : null}
        </View>
      ) : null}
      <View className='section-title'>处理记录</View>
      <View className='card' data-testid='clue-steps'>
        {c.steps.map((s, i) => (
          <View key={i} className='sf-muted'>
            {formatChinaDateTime(s.at)} {s.by} {s.label}
          </View>
        ))}
      </View>
      <Sheet title='答复反映人' open={replying} onClose={() => setReplying(false)} testId='clue-sheet'>
        {replying ? <ReplyForm id={c.id} onDone={done} onCancel={() => setReplying(false)} /> : null}
      </Sheet>
    </PageShell>
  )
}
