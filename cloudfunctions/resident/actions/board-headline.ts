/**
 * The point's headline figures on its board: this year's matters (China time), counted by
 * the database, so the cost is a few counts whatever the size of the collection. One
 * function on purpose: the figures module can replace it without touching the board.
 */
import type { BoardHeadline } from '../../../domain/api-board'
import { rateFigure } from '../../../domain/rate-figure'
import { chinaWallClock, fromChinaWallClock } from '../../../domain/time'
import type { DatabasePort } from '../../lib/port'

export async function pointHeadline(db: DatabasePort, pointCode: string, now: Date): Promise<BoardHeadline> {
  const _ = db.command
  const yearStart = fromChinaWallClock(chinaWallClock(now).startOf('year'))
  const thisYear = { pointCode, createdAt: _.gte(yearStart).and(_.lte(now)) }
  const count = async (where: object) => (await db.collection('items').where({ ...thisYear, ...where }).count()).total
  // ratings by residents only: a matter registered for someone (no owner) has no rating of theirs
  const byResident = { ownerOpenid: _.neq('') }
  const [collected, answeredClosed, rated, satisfied] = await Promise.all([
    count({ status: _.neq('withdrawn') }),
    count({ status: _.in(['replied', 'closed']) }),
    count({ ...byResident, 'rating.level': _.in(['satisfied', 'basic', 'unsatisfied']) }),
    count({ ...byResident, 'rating.level': _.in(['satisfied', 'basic']) }),
  ])
  return {
    year: chinaWallClock(now).year(),
    collected,
    answeredClosed,
    feedbackRate: rateFigure(answeredClosed, collected),
    rated,
    satisfactionRate: rateFigure(satisfied, rated),
  }
}
