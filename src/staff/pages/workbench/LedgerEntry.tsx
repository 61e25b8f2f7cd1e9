import { useEffect, useState } from 'react'
import { callStaff } from '../../../api/staff'
import EntryLink from '../../components/EntryLink'

/** The way to 月台账: for a leader, and for a cadre who keeps an area. */
export default function LedgerEntry({ leader }: { leader: boolean }) {
  const [areas, setAreas] = useState<number | null>(null)
  useEffect(() => {
    if (leader) return
    void callStaff({ action: 'ledger.areas' }).then((reply) => setAreas(reply.ok ? reply.data.areas.length : 0))
  }, [leader])
  if (!leader && !areas) return null
  return <EntryLink title='月台账' sub='包片区的住户、走访、事项和帮扶，每月一张' url='/staff/pages/ledger/index' testId='workbench-ledger' />
}
