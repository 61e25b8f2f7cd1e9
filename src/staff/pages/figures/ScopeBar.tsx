import { View } from '@tarojs/components'
import type { PointView, StaffProfile } from '../../../../domain/points/api'

interface Props {
  points: PointView[]
  /** null: all of them (an admin's every point, a leader's own) */
  point: string | null
  cadres: StaffProfile[]
  cadre: string | null
  onPoint: (code: string | null) => void
  onCadre: (openid: string | null) => void
}

const chip = (selected: boolean) => `sf-chip${selected ? ' is-selected' : ''}`

/** Which point (or 全部), and within one point which responsible cadre (or 全部干部). */
export default function ScopeBar({ points, point, cadres, cadre, onPoint, onCadre }: Props) {
  const shown = point ? cadres.filter((c) => c.points.includes(point)) : []
  if (points.length < 2 && shown.length === 0) return null
  return (
    <View className='card fg-scope'>
      {points.length > 1 ? (
        <View className='sf-chips' data-testid='figures-points'>
          <View className={chip(point === null)} data-testid='figures-point-all' onClick={() => onPoint(null)}>
            全部说事点
          </View>
          {points.map((p) => (
            <View key={p.code} className={chip(p.code === point)} data-testid={`figures-point-${p.code}`} onClick={() => onPoint(p.code)}>
              {p.name}
            </View>
          ))}
        </View>
      ) : null}
      {shown.length > 0 ? (
        <View className='sf-chips fg-scope__cadres' data-testid='figures-cadres'>
          <View className={chip(cadre === null)} data-testid='figures-cadre-all' onClick={() => onCadre(null)}>
            全部干部
          </View>
          {shown.map((c) => (
            <View key={c.openid} className={chip(c.openid === cadre)} data-testid={`figures-cadre-${c.openid}`} onClick={() => onCadre(c.openid)}>
              {c.name}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
