import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DepartmentItemView } from '../../../../domain/departments/api'
import { departmentEventSchemas } from '../../../../domain/departments/schemas'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { readParam } from '../../../lib/params'
import RecordUnavailable from '../../components/RecordUnavailable'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useRecord } from '../../lib/useRecord'
import { useSubmit } from '../../lib/useSubmit'
import '../../components/staff.scss'
import './index.scss'

const NO_ACCESS: ClientError = { code: 'NOT_FOUND', message: '没有找到这件交办，或它不是交办给本部门的' }
type Step = 'dept.answer' | 'dept.return'
const STEPS: Record<Step, { title: string; field: 'answer' | 'reason'; label: string; placeholder: string; max: number }> = {
  'dept.answer': { title: '答复', field: 'answer', label: '答复内容', placeholder: '办理结果，或何时办、怎样办', max: 500 },
  'dept.return': { title: '退回', field: 'reason', label: '退回理由', placeholder: '为什么不由本部门办理，应由哪里办理', max: 200 },
}

function StepForm({ id, step, onDone, onCancel }: { id: string; step: Step; onDone: (v: DepartmentItemView) => void; onCancel: () => void }) {
  const s = STEPS[step]
  const [text, setText] = useState('')
  const input = { action: step, id, [s.field]: text }
  const form = useSubmit({ schema: departmentEventSchemas[step], input })
  const send = async () => {
    const done = await form.submit(departmentEventSchemas[step], input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid={`form-${step}`}>
      <TextInput label={s.label} testId='form-text' multiline maxLength={s.max} value={text} error={form.fields[s.field]} placeholder={s.placeholder} onChange={setText} />
      <SubmitBar label={s.title} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

function Row({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <View className='dept-field' data-testid={testId}>
      <Text className='dept-field__label'>{label}</Text>
      <Text>{children}</Text>
    </View>
  )
}

/** 交办事项 (?id=): what was asked of my department, the matter with the resident's data masked, and 接收 / 答复 / 退回. */
export default function DeptItemPage() {
  const id = readParam(useRouter().params.id)
  const { loaded, load, replace } = useRecord(id, (id) => callStaff({ action: 'dept.get', id }), { noAccess: NO_ACCESS })
  const [open, setOpen] = useState<Step | null>(null)
  const [accepting, setAccepting] = useState(false)
  if (loaded.status !== 'ready') return <RecordUnavailable className='dept-page' state={loaded} noAccess={NO_ACCESS} onRetry={() => void load()} />
  const item = loaded.data
  const a = item.assignment
  const done = (next: DepartmentItemView) => {
    replace(next)
    setOpen(null)
    Taro.showToast({ title: '已保存', icon: 'success' })
  }
  const accept = async () => {
    if (accepting) return
    setAccepting(true)
    const r = await callStaff({ action: 'dept.accept', id: item.id })
    setAccepting(false)
    if (r.ok) done(r.data)
    else Taro.showToast({ title: r.error.message, icon: 'none' })
  }
  return (
    <PageShell className='dept-page'>
      <View className='card' data-testid='dept-assignment'>
        <View className='sf-card-title'>
          {a.departmentName} · {a.overdue ? '已逾期' : a.stateLabel}
        </View>
        <Row label='交办要求'>{a.request}</Row>
        <Row label='办理期限'>{chineseDayOf(a.dueAt.slice(0, 10))}</Row>
        {a.answer ? <Row label='本部门的答复' testId='dept-answer'>{a.answer}</Row> : null}
        {a.reason ? <Row label='退回理由'>{a.reason}</Row> : null}
      </View>
      <View className='card' data-testid='dept-matter'>
        <View className='sf-card-title'>
          事项 {item.no}（{item.category}）
        </View>
        <Row label='说事点'>{item.pointName}</Row>
        <Row label='居民说的事（已隐去个人信息）' testId='dept-content'>{item.content}</Row>
        <Row label='联系人（已隐去）'>{`${item.contact.name}，${item.contact.phone}，${item.contact.address}`}</Row>
        <Row label='负责干部（联系居民由干部负责）'>{item.owner.name}</Row>
        {item.escalation ? <Row label='上报'>{`${item.escalation.takenAt} 上报${item.escalation.department}`}</Row> : null}
      </View>
      {item.can['dept.accept'] || item.can['dept.answer'] ? (
        <View className='card dept-actions' data-testid='dept-actions'>
          {item.can['dept.accept'] ? (
            <Button type='primary' size='large' loading={accepting} data-testid='dept-accept' onClick={() => void accept()}>
              接收
            </Button>
          ) : null}
          <Button type={item.can['dept.accept'] ? 'default' : 'primary'} size='large' data-testid='dept-open-answer' onClick={() => setOpen('dept.answer')}>
            答复
          </Button>
          <Button size='large' data-testid='dept-open-return' onClick={() => setOpen('dept.return')}>
            退回
          </Button>
        </View>
      ) : null}
      <Sheet title={open ? STEPS[open].title : ''} open={open !== null} onClose={() => setOpen(null)} testId='dept-sheet'>
        {open ? <StepForm key={open} id={item.id} step={open} onDone={done} onCancel={() => setOpen(null)} /> : null}
      </Sheet>
    </PageShell>
  )
}
