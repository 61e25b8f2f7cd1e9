import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../../domain/matters/schemas'
import type { StaffProfile } from '../../../../../domain/points/api'
import type { ClientError } from '../../../../api/result'
import { callStaff } from '../../../../api/staff'
import { InlineAlert, LoadingState } from '../../../../components/States'
import Options from '../../../components/Options'
import SubmitBar from '../../../components/SubmitBar'
import TextInput from '../../../components/TextInput'
import { HANDLERS, inGroup } from '../../../../../domain/points/roles'
import { ROLE_LABELS } from '../../../lib/labels'
import { fieldsOf } from '../../../lib/fieldsOf'
import { useSubmit } from '../../../lib/useSubmit'
import type { FormProps } from './common'

type Candidates = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; staff: StaffProfile[] }

/** 转办: hand the matter to another cadre of its point, who becomes responsible for it. */
export default function TransferForm({ item, onDone, onCancel }: FormProps) {
  const [candidates, setCandidates] = useState<Candidates>({ status: 'loading' })
  const [draft, setDraft] = useState<{ to: string | null; reason: string }>({ to: null, reason: '' })
  const input = { action: 'item.transfer', id: item.id, to: draft.to ?? undefined, reason: draft.reason }
  const form = useSubmit({ schema: matterStaffEventSchemas['item.transfer'], input })
  const field = fieldsOf(draft, form.fields, setDraft)

  const pointCode = item.pointCode

  useEffect(() => {
    let live = true
    void callStaff({ action: 'staff.list' }).then((reply) => {
      if (!live) return
      if (!reply.ok) return setCandidates({ status: 'error', error: reply.error })
      const staff = reply.data.staff.filter(
        (s) =>
          s.active &&
          s.openid !== item.assignee.openid &&
          inGroup(s.roles, HANDLERS) &&
          s.points.includes(pointCode),
      )
      setCandidates({ status: 'ready', staff })
    })
    return () => {
      live = false
    }
  }, [item.assignee.openid, pointCode])

  const send = async () => {
    const done = await form.submit(matterStaffEventSchemas['item.transfer'], input, (event) => callStaff(event))
    if (done) onDone(done)
  }

  let choice
  if (candidates.status === 'loading') choice = <LoadingState text='正在读取本说事点的干部…' />
  else if (candidates.status === 'error')
    choice = (
      <InlineAlert
        testId='transfer-list-error'
        message={
          candidates.error.code === 'FORBIDDEN'
            ? '您暂时无法查看本说事点的干部名单，请领导或管理员帮助转办。'
            : `干部名单读取失败：${candidates.error.message}`
        }
      />
    )
  else if (candidates.staff.length === 0) choice = <View className='sf-note'>本说事点没有其他在岗的干部可以转办。</View>
  else
    choice = (
      <Options
        label='转给谁办理'
        options={candidates.staff.map((s) => ({
          value: s.openid,
          label: s.name,
          note: s.roles.map((r) => ROLE_LABELS[r]).join('、'),
        }))}
        testPrefix='option-cadre'
        {...field('to')}
      />
    )

  return (
    <View data-testid='form-transfer'>
      <View className='sf-note'>现由{item.assignee.name}负责。转办后，由对方负责办理和答复，居民会看到新的负责干部。</View>
      {choice}
      <TextInput label='转办理由' testId='form-reason' placeholder='为什么转给这位干部' multiline maxLength={200} hint='仅工作人员可见' {...field('reason')} />
      <SubmitBar
        label='确认转办'
        busy={form.busy}
        error={form.error}
        disabled={candidates.status !== 'ready' || candidates.staff.length === 0}
        onSubmit={send}
        onCancel={onCancel}
      />
    </View>
  )
}
