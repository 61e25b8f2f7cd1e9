import { View } from '@tarojs/components'
import type { PointView } from '../../../domain/points/api'

/** Which of the caller's points a page is about; shown only when they work at more than one. */
export default function PointPicker({ points, value, onPick }: { points: PointView[]; value: string | null; onPick: (code: string) => void }) {
  if (points.length < 2) return null
  return (
    <View className='sf-chips point-picker' data-testid='point-picker'>
      {points.map((p) => (
        <View key={p.code} className={`sf-chip${p.code === value ? ' is-selected' : ''}`} data-testid={`point-${p.code}`} onClick={() => onPick(p.code)}>
          {p.name}
        </View>
      ))}
    </View>
  )
}
