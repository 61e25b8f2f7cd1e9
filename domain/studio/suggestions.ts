/**
 * 意见建议 a studio collects: recorded (已收集), 分送 to a department, a level of the org
 * or somewhere outside 说事 (已分送), followed with progress notes, and closed with the
 * outcome fed back to the deputies and the residents who raised it (已反馈). Pure.
 */
export const SUGGESTION_STATES = ['collected', 'routed', 'answered'] as const
export type SuggestionState = (typeof SUGGESTION_STATES)[number]
export const SUGGESTION_LABELS: Record<SuggestionState, string> = { collected: '已收集', routed: '已分送', answered: '已反馈' }

/** Where a suggestion went: a department on 说事 (as a matter of the studio), an org node, or outside. */
export type RouteTarget =
  | { kind: 'department'; department: string; name: string; matterId: string; matterNo: string }
  | { kind: 'node'; node: string; name: string }
  | { kind: 'outside'; name: string }

export interface SuggestionSteps {
  state: SuggestionState
}

export function routeRefusal(s: SuggestionSteps): string | null {
  if (s.state === 'answered') return '这条意见建议已反馈，不能再分送'
  if (s.state === 'routed') return '这条意见建议已分送，请记录办理进展或反馈结果'
  return null
}

export function updateRefusal(s: SuggestionSteps): string | null {
  return s.state === 'routed' ? null : s.state === 'collected' ? '请先分送，再记录办理进展' : '这条意见建议已反馈'
}

/** Feedback closes a suggestion once; one answered straight away (not routed) is allowed too. */
export function feedbackRefusal(s: SuggestionSteps): string | null {
  return s.state === 'answered' ? '这条意见建议已反馈' : null
}

export function routeLabel(to: RouteTarget): string {
  if (to.kind === 'department') return `交办${to.name}（${to.matterNo}）`
  if (to.kind === 'node') return `分送${to.name}`
  return `分送${to.name}（说事以外）`
}
