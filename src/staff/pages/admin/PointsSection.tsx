import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Switch } from '@nutui/nutui-react-taro'
import { type PointKind, pointStaffEventSchemas } from '../../../../domain/points/schemas'
import type { StaffProfile } from '../../../../domain/points/api'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import { callStaff } from '../../../api/staff'
import { NoBreakTimes } from '../../../components/NoBreakTimes'
import { EmptyState } from '../../../components/States'
import InfoRow from '../../components/InfoRow'
import NodePicker from '../../components/NodePicker'
import Options from '../../components/Options'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { HANDLERS, inGroup } from '../../../../domain/points/roles'
import { rolesText } from '../../lib/labels'
import { useSubmit } from '../../lib/useSubmit'
import { orgRows } from '../../lib/org-rows'
import type { RoutedPoint } from './RoutingSection'

const KIND_LABELS: Record<PointKind, string> = { talk: '说事点', studio: '两代表工作室' }
const kindOptions = [
  { value: 'talk' as const, label: KIND_LABELS.talk, note: '居民说事、干部办事' },
  { value: 'studio' as const, label: KIND_LABELS.studio, note: '人大代表、党代表值班' },
]

/** null: a new point */
type Editing = { point: RoutedPoint | null }

function PointForm({ point, points, staff, villages, onDone, onCancel }: {
  point: RoutedPoint | null
  points: RoutedPoint[]
  staff: StaffProfile[]
  /** where a new point may go (moving one: 组织架构) */
  villages: OrgNodeView[]
  onDone: () => void
  onCancel: () => void
}) {
  const [code, setCode] = useState(point?.code ?? '')
  const [name, setName] = useState(point?.name ?? '')
  const [kind, setKind] = useState<PointKind | null>(point?.kind ?? null)
  const [community, setCommunity] = useState(point?.community ?? points[0]?.community ?? '')
  const [address, setAddress] = useState(point?.address ?? '')
  const [openHours, setOpenHours] = useState(point?.openHours ?? '')
  const [active, setActive] = useState(point?.active ?? true)
  const [org, setOrg] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const adding = point === null
  const trimmed = code.trim()
  // points.upsert overwrites a point with the same code: a new one must not take an existing code
  const taken = adding ? points.find((p) => p.code === trimmed) : undefined
  const here = (s: StaffProfile) => s.points.includes(trimmed)
  const handlers = staff.filter((s) => s.active && inGroup(s.roles, HANDLERS))
  const leads = (adding ? handlers : handlers.filter((s) => here(s) || s.openid === point.leadCadre)).sort(
    (a, b) => Number(here(b)) - Number(here(a)),
  )
  const [lead, setLead] = useState<string | null>(() => (point && leads.some((s) => s.openid === point.leadCadre) ? point.leadCadre : null))

  const input = {
    action: 'points.upsert',
    code: trimmed || undefined,
    name,
    kind: kind ?? undefined,
    community,
    address,
    openHours,
    leadCadre: lead ?? undefined,
    active,
    ...(adding ? { create: true, org: org ?? undefined } : {}),
  }
  const form = useSubmit({ schema: pointStaffEventSchemas['points.upsert'], input })

  const send = async () => {
    setTried(true)
    if (taken) return
    const done = await form.submit(pointStaffEventSchemas['points.upsert'], input, (event) => callStaff(event))
    if (done) onDone()
  }

  return (
    <View data-testid='point-form'>
      {adding ? (
        <TextInput
          label='编号'
          testId='point-code'
          maxLength={32}
          value={code}
          placeholder='例如 xd03'
          hint='用字母和数字，简短好认。它就是这个说事点二维码里的场景值：居民扫码后直接打开这个说事点。保存后不能再改。'
          error={taken ? `编号 ${trimmed} 已被「${taken.name}」使用，请换一个` : form.fields.code}
          onChange={setCode}
        />
      ) : (
        <View className='sf-note'>编号 {point.code}（二维码场景值，不能修改）</View>
      )}
      <TextInput label='名称' testId='point-name' maxLength={30} value={name} placeholder='例如 新东社区民情说事点' error={form.fields.name} onChange={setName} />
      <Options label='类型' options={kindOptions} value={kind} testPrefix='option-kind' error={form.fields.kind} onChange={setKind} />
      <TextInput label='社区（村）' testId='point-community' placeholder='如：新东社区、李家村' maxLength={30} value={community} error={form.fields.community} onChange={setCommunity} />
      {adding ? (
        <NodePicker
          label='所在村/社区'
          rows={orgRows(villages, new Map()).filter((r) => r.kind === 'node')}
          value={org}
          testPrefix='pick-village'
          error={tried && !org ? '请选择说事点所在的村/社区' : undefined}
          onChange={setOrg}
        />
      ) : null}
      <TextInput label='地址' testId='point-address' placeholder='居民找得到的地址，如：党群服务中心一楼' maxLength={100} value={address} error={form.fields.address} onChange={setAddress} />
      <TextInput
        label='开放时间'
        testId='point-openhours'
        maxLength={100}
        value={openHours}
        placeholder='例如 每周三 9:00–12:00'
        error={form.fields.openHours}
        onChange={setOpenHours}
      />
      {leads.length === 0 ? (
        <View className='sf-note'>还没有在岗的干部或领导可以负责这个说事点，请先在「邀请」里邀请一位。</View>
      ) : (
        <Options
          label='负责干部'
          wide
          options={leads.map((s) => ({ value: s.openid, label: s.name, note: `${rolesText(s.roles)}${adding || here(s) ? '' : '（尚未加入本说事点）'}` }))}
          value={lead}
          testPrefix='option-lead'
          error={form.fields.leadCadre && (lead ? form.fields.leadCadre : '请选择负责干部')}
          hint='没有在「分派」里指定的事项，都交给负责干部。要在「分派」里选他，他的说事点里须有本说事点：新说事点请在「邀请」里给他发一个包含本说事点的邀请码（在岗人员使用后保留原有身份和说事点，再加上本说事点）。'
          onChange={setLead}
        />
      )}
      <View className='point-active'>
        <View className='point-active__text'>
          <Text className='point-active__label'>对居民开放</Text>
          <Text className='sf-muted'>{active ? '居民能看到这个说事点并登记诉求' : '已停用：居民看不到，也不能登记；已登记的事项照常办理'}</Text>
        </View>
        <View data-testid='point-active' className='point-active__switch'>
          <Switch checked={active} onChange={setActive} />
        </View>
      </View>
      <SubmitBar label='保存' busy={form.busy} error={form.error} disabled={Boolean(taken) || leads.length === 0} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

/** 说事点: every point (active or not), to add one or change its details. */
export default function PointsSection({ points, staff, tree, onSaved }: { points: RoutedPoint[]; staff: StaffProfile[]; tree: OrgNodeView[]; onSaved: () => Promise<void> }) {
  const [editing, setEditing] = useState<Editing | null>(null)
  const nameOf = (openid: string) => staff.find((s) => s.openid === openid)?.name ?? openid

  const done = async () => {
    setEditing(null)
    Taro.showToast({ title: '已保存', icon: 'success' })
    await onSaved()
  }

  return (
    <View data-testid='points'>
      <Button type='primary' size='large' block className='point-add' data-testid='point-add' onClick={() => setEditing({ point: null })}>
        新增说事点
      </Button>
      {points.length === 0 ? <EmptyState title='还没有说事点' testId='points-empty' /> : null}
      {points.map((p) => (
        <View key={p.code} className={`card point-row${p.active ? '' : ' is-inactive'}`} data-testid={`point-row-${p.code}`}>
          <View className='point-row__top'>
            <Text className='point-row__name'>{p.name}</Text>
            <Button size='small' className='point-row__edit' data-testid={`point-edit-${p.code}`} onClick={() => setEditing({ point: p })}>
              修改
            </Button>
          </View>
          <View className='point-row__badges'>
            <Text className='sf-badge'>{KIND_LABELS[p.kind]}</Text>
            {p.active ? null : <Text className='sf-badge point-row__off'>已停用</Text>}
          </View>
          <InfoRow label='编号'>{p.code}</InfoRow>
          <InfoRow label='地址'>{`${p.community} · ${p.address}`}</InfoRow>
          <InfoRow label='开放时间' testId={`point-hours-${p.code}`}>
            <NoBreakTimes text={p.openHours} />
          </InfoRow>
          <InfoRow label='负责干部'>{nameOf(p.leadCadre)}</InfoRow>
          <Button
            size='large'
            block
            className='point-row__qrcode'
            data-testid={`point-qrcode-${p.code}`}
            onClick={() => Taro.navigateTo({ url: `/staff/pages/qrcode/index?code=${encodeURIComponent(p.code)}` })}
          >
            小程序码和海报
          </Button>
          <Button
            size='large'
            block
            className='point-row__qrcode'
            data-testid={`point-schedule-${p.code}`}
            onClick={() => Taro.navigateTo({ url: `/staff/pages/schedule/index?code=${encodeURIComponent(p.code)}` })}
          >
            排班（开放时间、特殊安排）
          </Button>
        </View>
      ))}
      <Sheet title={editing ? (editing.point ? `修改：${editing.point.name}` : '新增说事点') : ''} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <PointForm
            key={editing.point?.code ?? 'new'}
            point={editing.point}
            points={points}
            staff={staff}
            villages={tree.filter((n) => n.level === 'village')}
            onDone={() => void done()}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Sheet>
    </View>
  )
}
