import { View } from '@tarojs/components'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import type { MatterStaffAction } from '../../../../domain/matters/schemas'
import ActionButtons, { type ActionChoice } from '../../components/ActionButtons'

export type FormAction =
  | 'item.accept'
  | 'item.replyOnSpot'
  | 'item.progress'
  | 'item.transfer'
  | 'item.escalate'
  | 'item.escalationAnswer'
  | 'item.decide'
  | 'item.extend'
  | 'item.reply'
  | 'item.recordRating'

export const ACTIONS: ActionChoice<FormAction>[] = [
  { action: 'item.accept', label: '受理', testId: 'action-accept', primary: true },
  { action: 'item.replyOnSpot', label: '当场答复', testId: 'action-reply-on-spot' },
  { action: 'item.reply', label: '答复居民', testId: 'action-reply', primary: true },
  { action: 'item.progress', label: '记录进展', testId: 'action-progress' },
  { action: 'item.decide', label: '记录议定结果', testId: 'action-decide' },
  { action: 'item.escalate', label: '上报上级', testId: 'action-escalate' },
  { action: 'item.escalationAnswer', label: '记录部门答复', testId: 'action-escalation-answer' },
  { action: 'item.extend', label: '延期', testId: 'action-extend' },
  { action: 'item.transfer', label: '转办', testId: 'action-transfer' },
  { action: 'item.recordRating', label: '记录回访评价', testId: 'action-record-rating', primary: true },
]

/**
 * What the caller may do now, as the server says (`can`). An escalation that still waits
 * for its answer, or an extension that waits for a leader, is not offered again.
 */
export function availableActions(item: StaffItemDetail) {
  const can = (a: MatterStaffAction) => item.can[a] === true
  return ACTIONS.filter(({ action }) => {
    if (!can(action)) return false
    if (action === 'item.escalate' && item.escalation && item.escalation.answer === null) return false
    if (action === 'item.extend' && item.pendingExtension) return false
    return true
  })
}

export default function ActionBar({ item, onOpen }: { item: StaffItemDetail; onOpen: (a: FormAction) => void }) {
  const actions = availableActions(item)
  if (actions.length === 0) return null
  return (
    <View className='card staff-actions' data-testid='staff-actions'>
      <View className='sf-card-title'>办理</View>
      <View className='staff-actions__grid'>
        <ActionButtons actions={actions} className='staff-actions__button' onPick={onOpen} />
      </View>
    </View>
  )
}
