import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import type { DepartmentView } from '../../../../domain/departments/api'
import { departmentEventSchemas } from '../../../../domain/departments/schemas'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import DateField from '../../components/DateField'
import Options from '../../components/Options'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { isLeader, type Me } from '../../lib/me'
import { useSubmit } from '../../lib/useSubmit'
import { chinaDateAfter, chinaToday } from './forms/common'

interface Props {
  item: StaffItemDetail
  me: Me | null
  onDone: (item: StaffItemDetail) => void
}

/** 交办: a department, a deadline picked on the calendar, and what is asked of it. */
function AssignForm({ item, departments, onDone, onCancel }: { item: StaffItemDetail; departments: DepartmentView[]; onDone: Props['onDone']; onCancel: () => void }) {
  const [department, setDepartment] = useState<string | null>(departments.length === 1 ? departments[0].code : null)
  const [dueAt, setDueAt] = useState(() => chinaDateAfter(7))
  const [request, setRequest] = useState('')
  // one id per 交办 being written: a second tap, or a retry, is the same 交办
  const [requestId] = useState(newRequestId)
  const input = { action: 'item.assign', id: item.id, department: department ?? undefined, dueAt, request, requestId }
  const form = useSubmit({ schema: departmentEventSchemas['item.assign'], input })
  const send = async () => {
    const done = await form.submit(departmentEventSchemas['item.assign'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }
  return (
    <View data-testid='form-assign'>
      <View className='sf-note'>交办后仍由负责干部答复居民；部门的答复会出现在办理记录里。</View>
      <Options label='交办部门' wide options={departments.map((d) => ({ value: d.code, label: d.name }))} value={department} testPrefix='option-department' error={form.fields.department} onChange={setDepartment} />
      <DateField label='办理期限' testId='form-due' value={dueAt} min={chinaToday()} error={form.fields.dueAt} hint='部门在这一天之内答复' onChange={setDueAt} />
      <TextInput label='交办要求' testId='form-request' multiline maxLength={300} value={request} error={form.fields.request} placeholder='请部门做什么、答复什么' onChange={setRequest} />
      <SubmitBar label='交办' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

/**
 * 交办 on a matter: where it stands (the department, its deadline), and for a leader above
 * the point, the way to 交办 it when it has gone up and no department has it now.
 */
export default function AssignCard({ item, me, onDone }: Props) {
  const [departments, setDepartments] = useState<DepartmentView[]>([])
  const [open, setOpen] = useState(false)
  const offer = item.assignable && isLeader(me)
  useEffect(() => {
    if (!offer) return
    // only leaders above the point are answered: for anyone else the door stays shut
    void callStaff({ action: 'departments.list', pointCode: item.pointCode }).then((r) => setDepartments(r.ok ? r.data.departments : []))
  }, [offer, item.pointCode])

  const a = item.assignment
  if (!a && !(offer && departments.length > 0)) return null
  return (
    <View className='card' data-testid='assign-card'>
      <View className='sf-card-title'>交办</View>
      {a ? (
        <View data-testid='assign-state'>
          <Text>
            {a.stateLabel}：{a.departmentName}，办理期限 {chineseDayOf(a.dueAt.slice(0, 10))}
          </Text>
        </View>
      ) : null}
      {offer && departments.length > 0 ? (
        <Button type='primary' size='large' data-testid='action-assign' onClick={() => setOpen(true)}>
          交办部门
        </Button>
      ) : null}
      <Sheet title='交办部门' open={open} onClose={() => setOpen(false)} testId='assign-sheet'>
        {open ? (
          <AssignForm
            item={item}
            departments={departments}
            onCancel={() => setOpen(false)}
            onDone={(next) => {
              setOpen(false)
              onDone(next)
            }}
          />
        ) : null}
      </Sheet>
    </View>
  )
}
