/** A suggestion as the studio's staff read it. */
import type { SuggestionView } from '../../domain/studio/api'
import { routeLabel, SUGGESTION_LABELS } from '../../domain/studio/suggestions'
import { toChinaIso } from '../../domain/kernel/time'
import type { SuggestionRecord } from './records'

export function suggestionView(s: SuggestionRecord): SuggestionView {
  return {
    id: s._id,
    pointCode: s.pointCode,
    content: s.content,
    raisedBy: s.raisedBy,
    fromResidents: s.raisers.length,
    state: s.state,
    stateLabel: SUGGESTION_LABELS[s.state],
    route: s.route
      ? { label: routeLabel(s.route.to), request: s.route.request, dueAt: toChinaIso(s.route.dueAt), matterId: s.route.to.kind === 'department' ? s.route.to.matterId : null }
      : null,
    progress: s.progress.map((p) => ({ at: toChinaIso(p.at), text: p.text, by: p.byName })),
    feedback: s.feedback ? { at: toChinaIso(s.feedback.at), outcome: s.feedback.outcome } : null,
    createdAt: toChinaIso(s.createdAt),
  }
}
