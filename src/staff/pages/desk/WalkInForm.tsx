import { View } from '@tarojs/components'
import { matterStaffEventSchemas } from '../../../../domain/matters/schemas'
import type { PointView } from '../../../../domain/points/api'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { callStaff } from '../../../api/staff'
import { newRequestId } from '../../../lib/randomId'
import Options from '../../components/Options'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import type { Me } from '../../lib/me'
import { fieldsUnder, useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'
import MatterFields from './MatterFields'
import OnSpotFields, { answerOnSpotOf, emptyOnSpot } from './OnSpotFields'
import { sendRegistration } from './sendRegistration'

const schema = matterStaffEventSchemas['item.registerForResident']
const ANSWER_OPTIONS = [
  { value: 'later', label: '登记后办理', note: '按期限办理后答复' },
  { value: 'now', label: '当场答复', note: '现在就能答复居民' },
] as const

interface Props {
  me: Me
  /** the points to register at; the first is chosen unless the cadre picks another */
  points: PointView[]
  onDone: (item: StaffItemDetail) => void
  onCancel: () => void
}

/**
 * 代登记: a resident without WeChat (or who asks for help) tells the cadre the matter and a
 * contact. The draft and its requestId are kept on this device until it goes through.
 */
export default function WalkInForm({ me, points, onDone, onCancel }: Props) {
  const { draft, update, clear } = useStoredDraft(`shuoshi.desk.walkIn.${me.openid}`, () => ({
    requestId: newRequestId(),
    pointCode: points[0]?.code ?? '',
    category: '',
    content: '',
    name: '',
    phone: '',
    address: '',
    onSpot: false as boolean,
    ...emptyOnSpot(),
  }))
  const pointCode = points.some((p) => p.code === draft.pointCode) ? draft.pointCode : (points[0]?.code ?? '')
  const input = {
    action: 'item.registerForResident',
    requestId: draft.requestId,
    pointCode,
    category: draft.category || undefined,
    content: draft.content,
    contact: { name: draft.name, phone: draft.phone, address: draft.address },
    ...(draft.onSpot ? { answerOnSpot: answerOnSpotOf(draft) } : {}),
  }
  const form = useSubmit({ schema, input })
  const contactErrors = fieldsUnder(form.fields, 'contact')

  const send = sendRegistration(() => form.submit(schema, input, (event) => callStaff(event)), { onSpot: draft.onSpot, openid: me.openid, draft, clear, onDone })

  return (
    <View data-testid='form-walk-in'>
      <View className='sf-note'>替没有微信或需要帮助的居民登记。登记后编号照常生成，由您负责办理；居民的评价请在回访时记录。</View>
      {points.length > 1 ? (
        <Options
          label='说事点'
          options={points.map((p) => ({ value: p.code, label: p.name }))}
          value={pointCode}
          testPrefix='option-point'
          wide
          onChange={(code) => update({ pointCode: code })}
        />
      ) : null}
      <MatterFields draft={draft} fields={form.fields} update={update} />
      <TextInput label='居民姓名' testId='walk-in-name' placeholder='居民的姓名' maxLength={20} value={draft.name} error={contactErrors.name} onChange={(name) => update({ name })} />
      <TextInput label='手机号' testId='walk-in-phone' placeholder='11 位手机号（没有可不填）' maxLength={11} value={draft.phone} error={contactErrors.phone} onChange={(phone) => update({ phone })} />
      <TextInput label='家庭住址' testId='walk-in-address' placeholder='小区、楼栋、门牌号' maxLength={100} value={draft.address} error={contactErrors.address} onChange={(address) => update({ address })} />
      <Options
        label='怎么答复'
        options={ANSWER_OPTIONS}
        value={draft.onSpot ? 'now' : 'later'}
        testPrefix='option-answer'
        onChange={(v) => update({ onSpot: v === 'now' })}
      />
      {draft.onSpot ? <OnSpotFields value={draft} me={me} errors={fieldsUnder(form.fields, 'answerOnSpot')} onChange={update} /> : null}
      <SubmitBar label={draft.onSpot ? '登记并当场答复' : '代登记'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
