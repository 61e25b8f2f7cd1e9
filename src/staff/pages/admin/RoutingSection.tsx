import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { pointStaffEventSchemas } from '../../../../domain/points/schemas'
import type { PointView, RoutingPointView, StaffProfile } from '../../../../domain/points/api'
import { CATEGORIES, type Category } from '../../../../domain/matters/categories'
import { callStaff } from '../../../api/staff'
import Options from '../../components/Options'
import Sheet from '../../components/Sheet'
import SubmitBar from '../../components/SubmitBar'
import { HANDLERS, inGroup } from '../../../../domain/points/roles'
import { useSubmit } from '../../lib/useSubmit'

export type Routing = Partial<Record<Category, string>>
export type RoutedPoint = RoutingPointView

/** The choice meaning "nobody named: the point's lead cadre answers". */
const FALLBACK = 'fallback'

function RouteForm({ point, category, cadres, current, onDone, onCancel }: {
  point: PointView
  category: Category
  cadres: StaffProfile[]
  current: string | null
  onDone: (routing: Routing) => void
  onCancel: () => void
}) {
  const [choice, setChoice] = useState<string | null>(current ?? FALLBACK)
  const cadre = choice === null ? undefined : choice === FALLBACK ? null : choice
  const input = { action: 'routing.set', pointCode: point.code, category, cadre }
  const form = useSubmit({ schema: pointStaffEventSchemas['routing.set'], input })
  const send = async () => {
    const done = await form.submit(pointStaffEventSchemas['routing.set'], input, (event) => callStaff(event))
    if (done) onDone(done.routing)
  }
  return (
    <View data-testid='form-routing'>
      <View className='sf-note'>
        {point.name}新登记的「{category}」事项，自动分给下面选的干部；选「由负责干部兜底」则交给说事点的负责干部。已登记的事项不受影响。
      </View>
      <Options
        label='分给谁'
        wide
        options={[{ value: FALLBACK, label: '由负责干部兜底' }, ...cadres.map((c) => ({ value: c.openid, label: c.name }))]}
        value={choice}
        testPrefix='option-route'
        error={form.fields.cadre}
        onChange={setChoice}
      />
      <SubmitBar label='保存' busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}

/** 分派: per point, which cadre a new matter of each category goes to. */
export default function RoutingSection({ points, staff, onRouted }: {
  points: RoutedPoint[]
  staff: StaffProfile[]
  /** the table as the server answered a change; the page keeps it, so it survives a change of tab */
  onRouted: (pointCode: string, routing: Routing) => void
}) {
  const [code, setCode] = useState(points[0]?.code ?? '')
  const [editing, setEditing] = useState<Category | null>(null)
  const point = points.find((p) => p.code === code)
  if (!point) return <View className='sf-note'>还没有说事点。</View>

  const cadres = staff.filter((s) => s.active && s.points.includes(point.code) && inGroup(s.roles, HANDLERS))
  const routing = point.routing
  const nameOf = (openid: string) => staff.find((s) => s.openid === openid)?.name ?? openid
  const shown = (category: Category) => {
    const who = routing[category]
    return who ? nameOf(who) : '由负责干部兜底'
  }
  const current = (category: Category): string | null => routing[category] ?? null

  const done = (next: Routing) => {
    onRouted(point.code, next)
    setEditing(null)
    Taro.showToast({ title: '已保存', icon: 'success' })
  }

  return (
    <View data-testid='routing'>
      {points.length > 1 ? (
        <View className='sf-chips admin-points'>
          {points.map((p) => (
            <View key={p.code} className={`sf-chip${p.code === code ? ' is-selected' : ''}`} data-testid={`routing-point-${p.code}`} onClick={() => setCode(p.code)}>
              {p.name}
            </View>
          ))}
        </View>
      ) : null}
      <View className='card'>
        <View className='sf-card-title'>{point.name}：诉求类别 → 干部</View>
        <Text className='sf-muted'>下面是这个说事点现在的分派设置，点一个类别即可修改。</Text>
        {CATEGORIES.map((category) => {
          return (
            <View key={category} className='routing-row' data-testid={`routing-row-${category}`} onClick={() => setEditing(category)}>
              <Text className='routing-row__category'>{category}</Text>
              <Text className='routing-row__cadre'>{shown(category)}</Text>
              <Text className='routing-row__edit'>修改</Text>
            </View>
          )
        })}
      </View>
      <Sheet title={editing ? `分派：${editing}` : ''} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <RouteForm
            key={`${point.code}-${editing}`}
            point={point}
            category={editing}
            cadres={cadres}
            current={current(editing)}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Sheet>
    </View>
  )
}
