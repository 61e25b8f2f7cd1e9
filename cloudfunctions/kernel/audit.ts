import type { DatabasePort } from './port'

export interface AuditEntry {
  actor: string
  action: string
  target: string
  at: Date
}

/** Who read or changed what, and when. Written for every unmasked read of personal data. */
export async function audit(db: DatabasePort, e: AuditEntry): Promise<void> {
  await db.collection('audit').add({ data: { ...e } })
}
