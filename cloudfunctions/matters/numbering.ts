/**
 * 登记编号: the point's next number for the month, claimed with one atomic update and no
 * transaction, so a county's submissions at once never wait on one another's commits.
 *
 * The point's counter for the month (domain/matters/numbering.ts) holds the ids of the
 * matters numbered in it, in the order they came: `addToSet` appends the new matter's id
 * in one atomic step on the server, and its place in that list is its sequence. So
 * numbers are unique and without gaps however many register at once: no read-modify-write
 * that contending callers must retry (a transaction over a counter lets one caller through
 * per commit, which at 300 submissions at once at one point is seconds of retries). The
 * id is stable for the request, so a repeated request finds the number it already has.
 * A number is claimed only once every check that could refuse the matter has passed
 * (new-matter.ts); if a call dies between the claim and writing its matter, the
 * resident's retry of the same request takes the same number and closes the gap.
 *
 * The list costs a counter read of ~35 bytes per matter of that point and month (a busy
 * point, 1,000 a month: 35 KB); it never grows with the matters stored.
 */
import { monthKey, numberCounterId, registrationNo } from '../../domain/matters/numbering'
import type { DatabasePort } from '../kernel/port'
import { asCounter } from '../kernel/reads'

export interface TakenNumber {
  no: string
  month: string
  seq: number
}

export async function claimNumber(db: DatabasePort, pointCode: string, matterId: string, now: Date): Promise<TakenNumber> {
  const month = monthKey(now)
  const ref = db.collection('counters').doc(numberCounterId(pointCode, month))
  const add = () => ref.update({ data: { ids: db.command.addToSet(matterId) } })
  const { stats } = await add()
  let counter = stats.updated === 0 ? asCounter((await ref.get()).data) : null
  if (stats.updated === 0 && !counter) {
    // the month's first matter at the point: whoever creates the counter, every id lands in it
    await db
      .collection('counters')
      .add({ data: { _id: numberCounterId(pointCode, month), ids: [] } })
      .catch(() => undefined)
    await add()
  }
  counter = asCounter((await ref.get()).data)
  const seq = (counter?.ids ?? []).indexOf(matterId) + 1
  if (seq < 1) throw new Error(`counter ${numberCounterId(pointCode, month)} lost matter ${matterId}`)
  return { no: registrationNo(pointCode, now, seq), month, seq }
}
