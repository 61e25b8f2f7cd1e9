import { View } from '@tarojs/components'
import type { LedgerView } from '../../../../domain/ledger/api'
import { ledgerEventSchemas } from '../../../../domain/ledger/schemas'
import { callStaff } from '../../../api/staff'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { useStoredDraft } from '../../lib/useStoredDraft'
import { useSubmit } from '../../lib/useSubmit'

/** The area's cadre writes the month's remarks; what is typed is kept on this device until saved. */
export default function RemarksForm({ ledger, onSaved }: { ledger: LedgerView; onSaved: (l: LedgerView) => void }) {
  const { draft, update, clear } = useStoredDraft(`ledger-remarks-${ledger.area.id}-${ledger.month}`, () => ({ remarks: ledger.remarks }))
  const input = { action: 'ledger.remark', area: ledger.area.id, month: ledger.month, remarks: draft.remarks }
  const form = useSubmit({ schema: ledgerEventSchemas['ledger.remark'], input })
  const send = async () => {
    const saved = await form.submit(ledgerEventSchemas['ledger.remark'], input, (e) => callStaff(e))
    if (!saved) return
    clear()
    onSaved(saved)
  }
  return (
    <View className='card no-print' data-testid='ledger-remarks-form'>
      <TextInput
        label='干部备注'
        testId='ledger-remarks'
        value={draft.remarks}
        multiline
        maxLength={1000}
        placeholder='本月走访中了解到的情况、帮扶进展、下月打算（不写电话、证件号）'
        error={form.fields.remarks}
        onChange={(remarks) => update({ remarks })}
      />
      <SubmitBar label='保存备注' busy={form.busy} error={form.error} testId='ledger-remarks-save' onSubmit={() => void send()} />
    </View>
  )
}
