/**
 * What the redaction is told about a matter, the same for 大家说的事 and the masked export:
 * the resident's own name, phone, address and work unit are masked wherever the texts
 * write them; the cadres who handled it are public officials acting in office, so their
 * names stay.
 */
import type { RedactKnown } from '../../domain/privacy/redact'
import type { ItemRecord } from '../kernel/records'

export function knownOf(item: ItemRecord): RedactKnown {
  const { contact } = item
  return {
    name: contact.name,
    phone: contact.phone,
    address: contact.address,
    names: [contact.workUnit ?? ''],
    keep: [item.assignee.name, item.reply?.handler ?? ''],
  }
}
