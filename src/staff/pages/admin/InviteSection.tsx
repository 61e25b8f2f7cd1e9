import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { pointStaffEventSchemas, STAFF_ROLES, type StaffRoleName } from '../../../../domain/points/schemas'
import type { InviteView, PointView } from '../../../../domain/points/api'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import { formatChinaDateTime } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import NodePicker from '../../components/NodePicker'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { ROLE_LABELS } from '../../lib/labels'
import { orgRows, type OrgRow } from '../../lib/org-rows'
import { useSubmit } from '../../lib/useSubmit'
import { mayHoldCommittee } from '../../../../domain/discipline/routing'

const ROLE_NOTES: Record<StaffRoleName, string> = {
  cadre: '办理分给自己的事',
  leader: '看全点、审批延期',
  admin: '邀请人员、分派设置（在所选范围内）',
  deputy: '两代表工作室值班',
  representative: '季度评事日查看报告、评议',
  department: '答复交办给本部门的事',
  committee: '接收下级报来的违纪线索',
  liaison: '安排两代表工作室的接待、意见建议',
}

const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], note: ROLE_NOTES[r] }))

function InviteCode({ invite, onAgain }: { invite: InviteView; onAgain: () => void }) {
  const copy = () => Taro.setClipboardData({ data: invite.code }).catch(() => undefined)
  return (
    <View className='card invite-code' data-testid='invite-result'>
      <View className='sf-card-title'>邀请码已生成</View>
      <Text className='sf-muted'>
        请把邀请码告诉{invite.name}（{invite.nodeName}{ROLE_LABELS[invite.role]}）。
        对方在「我的」页面点「我是工作人员，输入邀请码」即可加入。
      </Text>
      <View className='invite-code__code' data-testid='invite-code'>
        {invite.code}
      </View>
      <View className='invite-code__expiry' data-testid='invite-expiry'>
        {formatChinaDateTime(invite.expiresAt)} 前有效，只能使用一次
      </View>
      <View className='invite-code__buttons'>
        <Button size='large' className='invite-code__button' onClick={copy}>
          复制邀请码
        </Button>
        <Button type='primary' size='large' className='invite-code__button' data-testid='invite-again' onClick={onAgain}>
          再邀请一位
        </Button>
      </View>
    </View>
  )
}

/** Where an invite may be held: the tree the admin reaches with its points, then their points outside the tree. */
export function inviteRows(tree: readonly OrgNodeView[], points: readonly PointView[]): OrgRow[] {
  const rows = orgRows(tree, new Map(points.map((p) => [p.code, p.name])))
  const placed = new Set(rows.map((r) => r.code))
  const loose = points.filter((p) => !placed.has(p.code))
  return [...rows, ...loose.map((p) => ({ code: p.code, name: p.name, kind: 'point' as const, depth: 0, note: '说事点', node: null }))]
}

/** 邀请: name, role and where it is held (a point, or a node whose points it reaches) → a one-time code valid for 7 days. */
export default function InviteSection({ points, tree }: { points: PointView[]; tree: OrgNodeView[] }) {
  const [name, setName] = useState('')
  const [role, setRole] = useState<StaffRoleName | null>(null)
  const all = inviteRows(tree, points)
  // 上级党委联系人 are held at a township or county, never at a village or a point
  const rows = role === 'committee' ? all.filter((r) => r.kind === 'node' && r.node && mayHoldCommittee(r.node.level)) : all
  const [node, setNode] = useState<string | null>(() => (rows.length === 1 ? rows[0].code : null))
  const [invite, setInvite] = useState<InviteView | null>(null)
  // a place picked before the role changed to one it cannot hold is dropped
  const place = node && rows.some((r) => r.code === node) ? node : null
  const input = { action: 'invite.create', name, role: role ?? undefined, node: place ?? undefined }
  const form = useSubmit({ schema: pointStaffEventSchemas['invite.create'], input })

  const send = async () => {
    const done = await form.submit(pointStaffEventSchemas['invite.create'], input, (event) => callStaff(event))
    if (done) setInvite(done)
  }

  if (invite) {
    return (
      <InviteCode
        invite={invite}
        onAgain={() => {
          setInvite(null)
          setName('')
          setRole(null)
          form.reset()
        }}
      />
    )
  }

  return (
    <View className='card' data-testid='invite-form'>
      <View className='sf-card-title'>邀请工作人员</View>
      <TextInput label='姓名' testId='invite-name' placeholder='被邀请人的姓名' maxLength={20} value={name} error={form.fields.name} onChange={setName} />
      <Options label='身份' options={roleOptions} value={role} testPrefix='option-role' error={form.fields.role} onChange={setRole} />
      <NodePicker
        label='在哪里任职'
        hint='选乡镇/街道或村/社区，角色就管到它下面的每个说事点'
        rows={rows}
        value={place}
        testPrefix='option-node'
        error={form.fields.node}
        onChange={setNode}
      />
      <SubmitBar label='生成邀请码' busy={form.busy} error={form.error} onSubmit={send} />
    </View>
  )
}
