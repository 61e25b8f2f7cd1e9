import { AppError } from './respond'
import type { DatabasePort } from './port'
import type { PointRecord, StaffRecord } from './records'

/** Reads shared by the functions: points and staff. */
export async function findActivePoint(db: DatabasePort, code: string): Promise<PointRecord> {
  const { data } = await db.collection('points').where({ code, active: true }).limit(1).get()
  const point = data[0] as PointRecord | undefined
  if (!point) throw new AppError('NOT_FOUND', '没有找到这个说事点，请重新扫码或选择')
  return point
}

export async function getStaff(db: DatabasePort, openid: string): Promise<StaffRecord | null> {
  const { data } = await db.collection('staff').doc(openid).get()
  return (data as StaffRecord | null) ?? null
}
