import { AppError } from './respond'
import type { DatabasePort } from './port'
import type { PointRecord, StaffRecord } from './records'
import { asPoint, asStaff } from './reads'

/** Reads shared by the functions: points and staff. */
export async function findActivePoint(db: DatabasePort, code: string): Promise<PointRecord> {
  const { data } = await db.collection('points').where({ code, active: true }).limit(1).get()
  const point = asPoint(data[0])
  if (!point) throw new AppError('NOT_FOUND', '没有找到这个说事点，请重新扫码或选择')
  return point
}

export async function getStaff(db: DatabasePort, openid: string): Promise<StaffRecord | null> {
  const { data } = await db.collection('staff').doc(openid).get()
  return asStaff(data) ?? null
}
