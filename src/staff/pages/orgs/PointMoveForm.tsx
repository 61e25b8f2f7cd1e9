import { useState } from 'react'
import { View } from '@tarojs/components'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import type { RoutingPointView } from '../../../../domain/points/api'
import { pointStaffEventSchemas } from '../../../../domain/points/schemas'
import { callStaff } from '../../../api/staff'
import NodePicker from '../../components/NodePicker'
import SubmitBar from '../../components/SubmitBar'
import { orgRows } from '../../lib/org-rows'
import { useSubmit } from '../../lib/useSubmit'

/** Moves a point to another village or community: its code, matters and routing stay. */
export default function PointMoveForm({ point, nodes, onDone, onCancel }: { point: RoutingPointView; nodes: readonly OrgNodeView[]; onDone: () => void; onCancel: () => void }) {
  const [org, setOrg] = useState<string | null>(null)
  const villages = nodes.filter((n) => n.level === 'village' && n.code !== point.org)
  const input = {
    action: 'points.upsert',
    code: point.code,
    name: point.name,
    kind: point.kind,
    community: point.community,
    address: point.address,
    openHours: point.openHours,
    ...(point.phone ? { phone: point.phone } : {}),
    leadCadre: point.leadCadre,
    active: point.active,
    org: org ?? undefined,
  }
  const form = useSubmit({ schema: pointStaffEventSchemas['points.upsert'], input })
  const send = async () => {
    if (!org) return
    const done = await form.submit(pointStaffEventSchemas['points.upsert'], input, (event) => callStaff(event))
    if (done) onDone()
  }
  return (
    <View className='card' data-testid='point-move-form'>
      <View className='sf-card-title'>把「{point.name}」移到别的村/社区</View>
      <NodePicker
        label='移到哪个村/社区'
        hint='说事点的编号、事项和分派都不变'
        rows={orgRows(villages, new Map()).filter((r) => r.kind === 'node').map((r) => ({ ...r, depth: 0 }))}
        value={org}
        testPrefix='pick-village'
        error={form.fields.org}
        onChange={setOrg}
      />
      <SubmitBar label='移过去' busy={form.busy} error={form.error} disabled={!org} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
