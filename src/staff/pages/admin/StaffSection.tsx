import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { pointStaffEventSchemas } from '../../../../domain/points/schemas'
import type { PointView, StaffProfile } from '../../../../domain/points/api'
import { callStaff } from '../../../api/staff'
import { EmptyState } from '../../../components/States'
import Options from '../../components/Options'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import { HANDLERS, inGroup } from '../../../../domain/points/roles'
import { rolesText } from '../../lib/labels'
import { useSubmit } from '../../lib/useSubmit'

function DeactivateForm({ leaving, staff, onDone, onCancel }: { leaving: StaffProfile; staff: StaffProfile[]; onDone: (n: number) => void; onCancel: () => void }) {
  const [heir, setHeir] = useState<string | null>(null)
  const input = { action: 'staff.deactivate', openid: leaving.openid, transferTo: heir ?? undefined }
  const form = useSubmit({ schema: pointStaffEventSchemas['staff.deactivate'], input })
  const shares = (s: StaffProfile) => s.points.some((p) => leaving.points.includes(p))
  const heirs = staff
    .filter((s) => s.active && s.openid !== leaving.openid && inGroup(s.roles, HANDLERS))
    .sort((a, b) => Number(shares(b)) - Number(shares(a)))

  const send = async () => {
    const done = await form.submit(pointStaffEventSchemas['staff.deactivate'], input, (event) => callStaff(event))
    if (done) onDone(done.transferred)
  }

  return (
    <View data-testid='form-deactivate'>
      <View className='sf-note'>
        停用后，{leaving.name}不能再使用工作台；他负责的未办结事项，以及他作为负责干部的说事点，都交给下面选的人。
      </View>
      {heirs.length === 0 ? (
        <View className='sf-note'>没有其他在岗的干部可以接手，请先邀请一位干部。</View>
      ) : (
        <Options
          label='谁来接手'
          options={heirs.map((s) => ({ value: s.openid, label: s.name, note: `${rolesText(s.roles)}${shares(s) ? '' : '（不同说事点）'}` }))}
          value={heir}
          testPrefix='option-heir'
          error={form.fields.transferTo}
          onChange={setHeir}
        />
      )}
      <SubmitBar label='确认停用' busy={form.busy} error={form.error} disabled={heirs.length === 0} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

/** 人员: everyone on staff, with 停用 (handing their matters over). */
export default function StaffSection({ staff, points, selfOpenid, onChanged }: {
  staff: StaffProfile[]
  points: PointView[]
  selfOpenid: string
  onChanged: () => void
}) {
  const [leaving, setLeaving] = useState<StaffProfile | null>(null)
  const pointName = (code: string) => points.find((p) => p.code === code)?.name ?? code

  const done = (transferred: number) => {
    setLeaving(null)
    Taro.showToast({ title: transferred > 0 ? `已停用，移交 ${transferred} 件` : '已停用', icon: 'none' })
    onChanged()
  }

  if (staff.length === 0) return <EmptyState title='还没有工作人员' testId='staff-empty' />
  const sorted = [...staff].sort((a, b) => Number(b.active) - Number(a.active))
  return (
    <View data-testid='staff-list'>
      {sorted.map((s) => (
        <View key={s.openid} className={`card staff-person${s.active ? '' : ' is-inactive'}`} data-testid='staff-row'>
          <View className='staff-person__top'>
            <Text className='staff-person__name'>{s.name}</Text>
            <Text className={`sf-badge${s.active ? '' : ' staff-person__off'}`}>{s.active ? '在岗' : '已停用'}</Text>
          </View>
          <View className='staff-person__meta'>身份：{rolesText(s.roles)}</View>
          <View className='staff-person__meta'>说事点：{s.points.map(pointName).join('、') || '无'}</View>
          {s.active && s.openid !== selfOpenid ? (
            <Button size='small' className='staff-person__off-button' data-testid={`staff-deactivate-${s.openid}`} onClick={() => setLeaving(s)}>
              停用
            </Button>
          ) : null}
        </View>
      ))}
      <Sheet title={leaving ? `停用 ${leaving.name}` : ''} open={leaving !== null} onClose={() => setLeaving(null)}>
        {leaving ? <DeactivateForm key={leaving.openid} leaving={leaving} staff={staff} onDone={done} onCancel={() => setLeaving(null)} /> : null}
      </Sheet>
    </View>
  )
}
