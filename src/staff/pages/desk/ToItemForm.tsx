import { View } from '@tarojs/components'
import { bookingStaffEventSchemas } from '../../../../domain/booking/schemas'
import type { DeskBooking } from '../../../../domain/booking/api'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import type { Me } from '../../lib/me'
import { fieldsUnder, useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'
import MatterFields from './MatterFields'
import OnSpotFields, { answerOnSpotOf, emptyOnSpot } from './OnSpotFields'
import { sendRegistration } from './sendRegistration'

const schema = bookingStaffEventSchemas['booking.toItem']

interface Props {
  booking: DeskBooking
  /** 当场答复: registered and answered in one step */
  onSpot: boolean
  me: Me | null
  onDone: (item: StaffItemDetail) => void
  onCancel: () => void
}

/**
 * 登记为诉求 from a checked-in booking: the booking's topic and category to start from.
 * The matter is the resident's own (they follow it in 我的); the cadre answers for it.
 */
export default function ToItemForm({ booking, onSpot, me, onDone, onCancel }: Props) {
  const { draft, update, clear } = useStoredDraft(`shuoshi.desk.toItem.${booking.id}`, () => ({
    category: booking.category,
    content: booking.topic,
    ...emptyOnSpot(),
  }))
  const input = {
    action: 'booking.toItem',
    id: booking.id,
    category: draft.category || undefined,
    content: draft.content,
    ...(onSpot ? { answerOnSpot: answerOnSpotOf(draft) } : {}),
  }
  const form = useSubmit({ schema, input })

  const send = sendRegistration(() => form.submit(schema, input, (event) => callStaff(event)), { onSpot, openid: me?.openid, draft, clear, onDone })

  return (
    <View data-testid='form-to-item'>
      <View className='sf-note'>
        <View>
          {booking.name}（{booking.phone}）预约时说：{booking.topic}
        </View>
        <View>登记后这件事归居民本人，可在「我的」里查看进展；由您负责办理。</View>
      </View>
      <MatterFields draft={draft} fields={form.fields} update={update} />
      {onSpot ? <OnSpotFields value={draft} me={me} errors={fieldsUnder(form.fields, 'answerOnSpot')} onChange={update} /> : null}
      {onSpot ? <View className='sf-note'>登记和答复一次完成，居民会收到答复，并可以评议。</View> : null}
      <SubmitBar label={onSpot ? '登记并当场答复' : '登记为诉求'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
