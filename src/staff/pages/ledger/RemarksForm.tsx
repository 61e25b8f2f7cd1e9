import { View } from '@tarojs/components'
import type { LedgerView } from '../../../../domain/ledger/api'
import { ledgerEventSchemas, REMARKS_MAX } from '../../../../domain/ledger/schemas'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

const HINT = '本月走访中了解到的情况、帮扶进展、下月打算（不写电话、证件号）'

/** The area's cadre writes the month's remarks; what is typed is kept on this device until saved. */
export default function RemarksForm({ ledger, onSaved }: { ledger: LedgerView; onSaved: (l: LedgerView) => void }) {
  const { draft, update, clear } = useStoredDraft(`ledger-remarks-${ledger.area.id}-${ledger.month}`, () => ({ remarks: ledger.remarks }))
  const input = { action: 'ledger.remark', area: ledger.area.id, month: ledger.month, remarks: draft.remarks }
  const schema = ledgerEventSchemas['ledger.remark']
  const form = useSubmit({ schema, input })
  const send = () =>
    form.submit(schema, input, (e) => callStaff(e)).then((saved) => {
      if (saved) onSaved(saved)
      if (saved) clear()
    })
  return (
    <View className='card no-print' data-testid='ledger-remarks-form'>
      <TextInput testId='ledger-remarks' label='干部备注' multiline maxLength={REMARKS_MAX} placeholder={HINT} value={draft.remarks} error={form.fields.remarks} onChange={(remarks) => update({ remarks })} />
      <SubmitBar testId='ledger-remarks-save' label='保存备注' busy={form.busy} error={form.error} onSubmit={() => void send()} />
    </View>
  )
}
