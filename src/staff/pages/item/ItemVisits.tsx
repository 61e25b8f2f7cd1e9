import { View } from '@tarojs/components'
import { callStaff } from '../../../api/staff'
import { useLoad } from '../../../hooks/useLoad'
import VisitRow from '../diary/VisitRow'
import '../diary/diary.scss'

/**
 * The 民情日记 entries that registered this matter or followed it up (回访), among those
 * the caller may read (their own; a leader's point's). Nothing when there are none.
 */
export default function ItemVisits({ itemId }: { itemId: string }) {
  const { state } = useLoad(itemId, () => callStaff({ action: 'visits.ofItem', itemId }))
  if (state.status !== 'ready' || state.data.visits.length === 0) return null
  return (
    <View data-testid='item-visits'>
      <View className='section-title'>民情日记（走访、回访）</View>
      {state.data.visits.map((v) => (
        <VisitRow key={v.id} visit={v} showAuthor />
      ))}
    </View>
  )
}
