import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { matterStaffEventSchemas } from '../../../../domain/matters/schemas'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { formatChinaDate } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import { InlineAlert } from '../../../components/States'
import InfoRow from '../../components/InfoRow'
import { useSubmit } from '../../lib/useSubmit'

/** A second extension waiting for a leader: what was asked, and for a leader 同意 / 不同意. */
export default function PendingExtension({ item, onDone }: { item: StaffItemDetail; onDone: (item: StaffItemDetail) => void }) {
  const pending = item.pendingExtension
  const form = useSubmit()
  const [choice, setChoice] = useState<boolean | null>(null)
  if (!pending) return null
  const canDecide = item.can['item.approveExtension'] === true

  const decide = async (approve: boolean) => {
    setChoice(approve)
    const done = await form.submit(matterStaffEventSchemas['item.approveExtension'], { action: 'item.approveExtension', id: item.id, approve }, (event) =>
      callStaff(event),
    )
    if (done) onDone(done)
  }

  return (
    <View className='card pending-extension' data-testid='pending-extension'>
      <View className='sf-card-title'>再次延期申请（待领导审批）</View>
      <InfoRow label='延期至'>{formatChinaDate(pending.dueAt)}</InfoRow>
      <InfoRow label='理由'>{pending.reason}</InfoRow>
      <InfoRow label='目前进展'>{pending.note}</InfoRow>
      {canDecide ? (
        <View>
          {form.error ? <InlineAlert message={form.error} testId='form-error' /> : null}
          <View className='pending-extension__buttons'>
            <Button
              size='large'
              className='pending-extension__button'
              data-testid='action-reject-extension'
              loading={form.busy && choice === false}
              disabled={form.busy}
              onClick={() => decide(false)}
            >
              不同意
            </Button>
            <Button
              type='primary'
              size='large'
              className='pending-extension__button'
              data-testid='action-approve-extension'
              loading={form.busy && choice === true}
              disabled={form.busy}
              onClick={() => decide(true)}
            >
              同意延期
            </Button>
          </View>
        </View>
      ) : (
        <Text className='sf-muted'>审批前，答复期限不变。</Text>
      )}
    </View>
  )
}
