import EntryLink from './EntryLink'

/** The way into 值班表: the month's roster, swaps and away days. */
export default function DutyEntry() {
  return <EntryLink title='值班表' sub='轮流值班、换班、请假外出' url='/staff/pages/duty/index' testId='duty-entry' />
}
