/** 上级党委联系人 join through the ordinary invite (points/invites.ts), at a township or county node only. */
import { mayHoldCommittee } from '../../domain/discipline/routing'
import { isOrgCode } from '../../domain/points/schemas'
import type { DatabasePort } from '../kernel/port'
import { AppError } from '../kernel/respond'
import { readNode } from '../orgs/reach'

export const COMMITTEE_PLACE = '上级党委联系人只能在乡镇/街道或区/县任职，请选择乡镇或区县'

/** Called once the admin's reach over the node is checked. */
export async function assertCommitteeNode(db: DatabasePort, node: string): Promise<void> {
  const org = isOrgCode(node) ? await readNode(db, node) : null
  if (!org || !mayHoldCommittee(org.level)) throw new AppError('INVALID_INPUT', COMMITTEE_PLACE)
}
