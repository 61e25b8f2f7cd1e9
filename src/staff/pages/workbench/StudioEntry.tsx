import { LEADS, LIAISONS } from '../../../../domain/points/roles'
import EntryLink from '../../components/EntryLink'
import { holdsGroup, type Me } from '../../lib/me'

/** The way to the 两代表工作室's own work, for its liaison, deputies and leaders. */
export default function StudioEntry({ me }: { me: Me | null }) {
  const atStudio = Boolean(me?.pointsDetail.some((p) => p.kind === 'studio'))
  if (!atStudio || !holdsGroup(me, [...LIAISONS, ...LEADS, 'deputy'])) return null
  return <EntryLink title='两代表工作室' sub='接待安排、意见建议、评议' url='/staff/pages/studio/index' testId='workbench-studio' />
}
