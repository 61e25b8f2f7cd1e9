/** A point with a Wednesday schedule and three cadres of its own, for the duty roster's tests. */
import { fresh, type World } from '../testing'

/** Monday 2 March 2026, 10:00 China time. March has four Wednesdays: 4, 11, 18, 25. */
export const DUTY_START = '2026-03-02T02:00:00Z'

export interface DutyPoint {
  code: string
  /** the point's lead cadre, also its leader: manages the roster */
  lead: string
  a: string
  b: string
  c: string
  /** the opening ids of March, in time order: 4th 09:00, 4th 14:30, 11th 09:00, … */
  march: string[]
}

export async function addDutyPoint(w: World): Promise<DutyPoint> {
  const { code, lead } = await w.addPoint()
  await w.db().collection('schedules').doc(`schedule-${code}`).set({
    data: {
      pointCode: code,
      rules: [
        { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
        { weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 2 },
      ],
      exceptions: [],
    },
  })
  const a = await w.addStaff({ openid: fresh('duty-a'), name: '甲干部', points: [code] })
  const b = await w.addStaff({ openid: fresh('duty-b'), name: '乙干部', points: [code] })
  const c = await w.addStaff({ openid: fresh('duty-c'), name: '丙干部', points: [code] })
  const march = ['04', '11', '18', '25'].flatMap((d) => [`${code}_202603${d}_0900`, `${code}_202603${d}_1430`])
  return { code, lead, a, b, c, march }
}

/** Who is on duty for each opening of the month, as duty.list tells `viewer`. */
export async function rosterOf(w: World, viewer: string, code: string, month = '2026-03') {
  const r = await w.staff(viewer, { action: 'duty.list', pointCode: code, month })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as import('../../domain/duty/api').DutyMonth
}

export const namesOn = (month: { openings: { onDuty: { openid: string }[] }[] }) => month.openings.map((o) => o.onDuty.map((p) => p.openid).join('+'))
