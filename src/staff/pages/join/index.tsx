import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { ADMINS, inGroup, WORKBENCH } from '../../../../domain/points/roles'
import { pointStaffEventSchemas } from '../../../../domain/points/schemas'
import type { PointView, StaffProfile } from '../../../../domain/points/api'
import type { HeldNodeView } from '../../../../domain/orgs/api'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import Field from '../../components/Field'
import InfoRow from '../../components/InfoRow'
import SubmitBar from '../../components/SubmitBar'
import { rolesText } from '../../lib/labels'
import { loadMe } from '../../lib/me'
import { normaliseInviteCode } from '../../lib/inviteCode'
import { useSubmit } from '../../lib/useSubmit'
import '../../components/staff.scss'
import './index.scss'

function Joined({ profile, points, nodes }: { profile: StaffProfile; points: PointView[]; nodes: HeldNodeView[] }) {
  const workbench = inGroup(profile.roles, WORKBENCH)
  const admin = inGroup(profile.roles, ADMINS)
  // me names the points reached (held, and below the nodes held); without it, the codes held
  return (
    <View className='join-done' data-testid='join-done'>
      <View className='join-done__icon'>✓</View>
      <View className='join-done__title'>欢迎加入，{profile.name}</View>
      <View className='card join-done__card'>
        <InfoRow label='姓名' testId='join-name'>
          {profile.name}
        </InfoRow>
        <InfoRow label='身份' testId='join-role'>
          {rolesText(profile.roles)}
        </InfoRow>
        {nodes.length ? (
          <InfoRow label='任职' testId='join-nodes'>
            {nodes.map((n) => n.name).join('、')}
          </InfoRow>
        ) : null}
        <InfoRow label='说事点' testId='join-points'>
          {(points.length ? points.map((p) => p.name) : profile.points).join('、') || '无'}
        </InfoRow>
      </View>
      {workbench ? (
        <Button type='primary' size='large' block data-testid='join-go-workbench' onClick={() => Taro.redirectTo({ url: '/staff/pages/workbench/index' })}>
          进入工作台
        </Button>
      ) : null}
      {admin ? (
        <Button
          type={workbench ? 'default' : 'primary'}
          size='large'
          block
          className='join-done__admin'
          data-testid='join-go-admin'
          onClick={() => Taro.redirectTo({ url: '/staff/pages/admin/index' })}
        >
          进入管理
        </Button>
      ) : null}
    </View>
  )
}

/** 加入: a new cadre, leader, admin or deputy enters the invite code an admin gave them. */
export default function JoinPage() {
  const [code, setCode] = useState('')
  const [joined, setJoined] = useState<{ profile: StaffProfile; points: PointView[]; nodes: HeldNodeView[] } | null>(null)
  const input = { action: 'invite.redeem', code: normaliseInviteCode(code) }
  const form = useSubmit({ schema: pointStaffEventSchemas['invite.redeem'], input })

  const send = async () => {
    const profile = await form.submit(pointStaffEventSchemas['invite.redeem'], input, (event) => callStaff(event))
    if (!profile) return
    // me names the points; if it fails, the codes will do
    const me = await loadMe(true)
    setJoined({ profile, points: me.ok ? me.data.pointsDetail : [], nodes: me.ok ? me.data.nodesDetail : [] })
  }

  return (
    <PageShell className='join-page'>
      {joined ? (
        <Joined profile={joined.profile} points={joined.points} nodes={joined.nodes} />
      ) : (
        <View className='card'>
          <View className='join__title'>工作人员加入</View>
          <Text className='join__intro'>请输入管理员给您的邀请码。邀请码 7 天内有效，只能使用一次。</Text>
          <Field label='邀请码' testId='join-code' error={form.fields.code} hint='大小写都可以，空格会自动去掉'>
            <Input className='sf-input join__code' type='text' value={code} placeholder='例如 ABCD2345EF' maxLength={64} clearable onChange={(v) => setCode(normaliseInviteCode(v))} />
          </Field>
          <SubmitBar label='加入' busy={form.busy} error={form.error} onSubmit={send} testId='join-submit' />
        </View>
      )}
    </PageShell>
  )
}

