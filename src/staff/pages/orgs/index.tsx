import { useCallback, useEffect, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import type { OrgChange } from '../../../../domain/orgs/schemas'
import type { RoutingPointView } from '../../../../domain/points/api'
import { isDeploymentAdmin } from '../../../../domain/points/roles'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/States'
import { isAdmin, loadMe, type Me } from '../../lib/me'
import { orgRows, type OrgRow } from '../../lib/org-rows'
import NodeForm from './NodeForm'
import PointMoveForm from './PointMoveForm'
import '../../components/staff.scss'
import './index.scss'

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: ClientError }
  | { status: 'forbidden' }
  | { status: 'ready'; me: Me; nodes: OrgNodeView[]; points: RoutingPointView[] }

type Doing = { op: OrgChange; node: OrgNodeView | null } | { op: 'point'; point: RoutingPointView } | null

/** 组织架构 (admins): the tree as far as the admin reaches — county, townships, villages, points — and its changes. */
export default function OrgsPage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [selected, setSelected] = useState<OrgRow | null>(null)
  const [doing, setDoing] = useState<Doing>(null)

  const load = useCallback(async () => {
    const me = await loadMe(true)
    if (!me.ok) return setLoaded(me.error.code === 'FORBIDDEN' ? { status: 'forbidden' } : { status: 'error', error: me.error })
    if (!isAdmin(me.data)) return setLoaded({ status: 'forbidden' })
    const [tree, points] = await Promise.all([callStaff({ action: 'orgs.tree' }), callStaff({ action: 'routing.list' })])
    if (!tree.ok) return setLoaded({ status: 'error', error: tree.error })
    if (!points.ok) return setLoaded({ status: 'error', error: points.error })
    setLoaded({ status: 'ready', me: me.data, nodes: tree.data.nodes, points: points.data.points })
  }, [])

  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  const done = () => {
    setDoing(null)
    setSelected(null)
    void load()
  }

  if (loaded.status === 'loading') return <PageShell className='orgs-page'><LoadingState /></PageShell>
  if (loaded.status === 'error') return <PageShell className='orgs-page'><ErrorState error={loaded.error} onRetry={() => void load()} /></PageShell>
  if (loaded.status === 'forbidden')
    return (
      <PageShell className='orgs-page'>
        <EmptyState title='无权限' description='「组织架构」仅供管理员使用。' testId='orgs-forbidden' />
      </PageShell>
    )

  const { nodes, points, me } = loaded
  const rows = orgRows(nodes, new Map(points.map((p) => [p.code, p.name])))
  const everything = isDeploymentAdmin(me)
  let form = null
  if (doing && doing.op === 'point') form = <PointMoveForm point={doing.point} nodes={nodes} onDone={done} onCancel={() => setDoing(null)} />
  else if (doing) form = <NodeForm op={doing.op} node={doing.node} nodes={nodes} onDone={done} onCancel={() => setDoing(null)} />

  return (
    <PageShell className='orgs-page'>
      {rows.length === 0 ? (
        <EmptyState title='还没有组织架构' description={everything ? '先添加一个区/县，再在它下面添加乡镇/街道和村/社区。' : '您负责的范围里还没有组织节点。'} testId='orgs-empty' />
      ) : (
        <View className='card orgs-tree' role='tree'>
          {rows.map((r) => (
            <View
              key={`${r.kind}-${r.code}`}
              className={`orgs-row orgs-row--${r.kind}${selected?.code === r.code ? ' is-selected' : ''}`}
              style={{ paddingLeft: `${16 + r.depth * 32}px` }}
              data-testid={`org-row-${r.code}`}
              role='treeitem'
              aria-selected={selected?.code === r.code}
              onClick={() => {
                setSelected(r)
                setDoing(null)
              }}
            >
              <Text className='orgs-row__name'>{r.name}</Text>
              <Text className='orgs-row__note'>{r.note}</Text>
            </View>
          ))}
        </View>
      )}
      <OrgActions selected={selected} points={points} everything={everything} onDo={setDoing} />
      {form}
    </PageShell>
  )
}

function OrgActions({ selected, points, everything, onDo }: { selected: OrgRow | null; points: RoutingPointView[]; everything: boolean; onDo: (d: Doing) => void }) {
  const chip = (testId: string, label: string, act: () => void) => (
    <View className='sf-chip' data-testid={testId} role='button' onClick={act}>
      {label}
    </View>
  )
  if (!selected) {
    return (
      <View className='orgs-actions'>
        <Text className='sf-muted'>点一个节点或说事点，再选择要做的修改。</Text>
        {everything ? chip('org-add-county', '添加区/县', () => onDo({ op: 'add', node: null })) : null}
      </View>
    )
  }
  if (selected.kind === 'point') {
    const point = points.find((p) => p.code === selected.code)
    return <View className='orgs-actions sf-chips'>{point ? chip('point-move', '移到别的村/社区', () => onDo({ op: 'point', point })) : null}</View>
  }
  const node = selected.node
  if (!node) return null
  return (
    <View className='orgs-actions sf-chips'>
      {node.level !== 'village' ? chip('org-add', '添加下级', () => onDo({ op: 'add', node })) : null}
      {chip('org-rename', '改名', () => onDo({ op: 'rename', node }))}
      {node.level !== 'county' ? chip('org-move', '移到别的上级', () => onDo({ op: 'move', node })) : null}
      {chip('org-retire', '撤销', () => onDo({ op: 'retire', node }))}
    </View>
  )
}
