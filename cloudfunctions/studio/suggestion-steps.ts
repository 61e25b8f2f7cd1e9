/**
 * 分送, 跟进, 反馈 of a studio's suggestion (studio.route, studio.update, studio.feedback), by
 * its liaison or leaders. 分送 to a department on 说事 registers the suggestion as a matter
 * of the studio (category 意见建议, the routing leader responsible) through the one register
 * path, so it goes up and is 交办 to that department as any matter (item.escalate, item.assign);
 * to an org level or outside, the suggestion records where it went. Feedback tells the
 * deputies and the residents who raised it in the same transaction.
 */
import { assignmentDueAt } from '../../domain/departments/assignments'
import type { SuggestionView } from '../../domain/studio/api'
import { feedbackNotices } from '../../domain/studio/notices'
import { mayKeepStudio, studioRecordsScope } from '../../domain/studio/policy'
import type { StudioStaffEvent } from '../../domain/studio/schemas'
import { feedbackRefusal, routeRefusal, updateRefusal, type RouteTarget } from '../../domain/studio/suggestions'
import { HANDLERS, holdsAt } from '../../domain/points/roles'
import { requireRight } from '../kernel/access'
import { stableId } from '../kernel/ids'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { getDepartment, getOrgNode } from '../departments/lookups'
import { registerForResidentTx } from '../matters/register-matter'
import { asSuggestion, type SuggestionRecord } from './records'
import { changeSuggestion, type SuggestionStep } from './suggestion-change'
import { suggestionView } from './suggestion-view'
import { deputiesOf, findStudio } from './studio-reads'

const REFUSED = '只有工作室联络员和领导可以分送、跟进和反馈意见建议'

/** The caller's right first, then the suggestion and its studio. */
async function keptSuggestion(ctx: StaffContext, id: string): Promise<{ me: StaffRecord; s: SuggestionRecord; point: PointRecord }> {
  const me = await ctx.caller()
  requireRight(studioRecordsScope(me) !== null, REFUSED)
  const s = asSuggestion((await ctx.db.collection('suggestions').doc(id).get()).data)
  requireRight(Boolean(s && mayKeepStudio(me, s.pointCode)), REFUSED)
  return { me, s: s!, point: await findStudio(ctx.db, s!.pointCode) }
}

/** A keeper's step, their right checked again on the suggestion as read in the transaction. */
async function step(ctx: StaffContext, me: StaffRecord, id: string, apply: SuggestionStep['apply']): Promise<SuggestionView> {
  const next = await changeSuggestion(ctx.db, id, { allowed: (x) => mayKeepStudio(me, x.pointCode), refusal: REFUSED, apply }, ctx.now, ctx.options.retry, ctx.queued)
  return suggestionView(next)
}

const cut = (s: string, n: number) => [...s].slice(0, n).join('')

/** Where the suggestion goes, checked against the studio's place in the tree. */
async function target(ctx: StaffContext, me: StaffRecord, s: SuggestionRecord, point: PointRecord, to: StudioStaffEvent<'studio.route'>['to'], request: string): Promise<RouteTarget> {
  const above = (point.orgPath ?? []).slice(0, -1)
  if ('outside' in to) return { kind: 'outside', name: to.outside }
  if ('node' in to) {
    const node = above.includes(to.node) ? await getOrgNode(ctx.db, to.node) : null
    if (!node) throw new AppError('INVALID_INPUT', '只能分送给工作室的上级组织，请从列表中选择')
    return { kind: 'node', node: node.code, name: node.name }
  }
  requireRight(holdsAt(me, HANDLERS, point.code), '分送部门的意见建议登记为工作室的诉求，由工作室的领导负责办理')
  const department = await getDepartment(ctx.db, to.department)
  if (!department || !department.active || !above.includes(department.node)) throw new AppError('INVALID_INPUT', '不能分送给这个部门，请从列表中选择')
  const matter = await registerForResidentTx(ctx, me, {
    id: stableId('studio', s._id),
    requestId: `studio-${s._id}`,
    pointCode: point.code,
    category: '意见建议',
    content: `${s.content}（分送${department.name}：${request}）`,
    contact: { name: cut(s.raisedBy, 20), phone: '', address: point.address },
    source: 'walk-in',
    how: '两代表工作室分送',
  })
  return { kind: 'department', department: department.code, name: department.name, matterId: matter._id, matterNo: matter.no }
}

export async function studioRoute(input: StudioStaffEvent<'studio.route'>, ctx: StaffContext): Promise<SuggestionView> {
  const { me, s, point } = await keptSuggestion(ctx, input.id)
  const dueAt = assignmentDueAt(input.dueAt, ctx.now)
  if (typeof dueAt === 'string') throw new AppError('INVALID_INPUT', dueAt)
  if (s.state === 'routed' && s.route?.request === input.request) return suggestionView(s) // the same 分送, sent again
  const refusal = routeRefusal(s)
  if (refusal) throw new AppError('CONFLICT', refusal)
  const to = await target(ctx, me, s, point, input.to, input.request)
  return step(ctx, me, s._id, (x) =>
    x.state === 'routed' && x.route?.request === input.request ? null : (routeRefusal(x) ?? { next: { ...x, state: 'routed', route: { to, request: input.request, dueAt, at: ctx.now, by: me.openid } }, notices: [] }),
  )
}

export async function studioUpdate(input: StudioStaffEvent<'studio.update'>, ctx: StaffContext): Promise<SuggestionView> {
  const { me, s } = await keptSuggestion(ctx, input.id)
  return step(ctx, me, s._id, (x) =>
    x.progress.at(-1)?.text === input.progress ? null : (updateRefusal(x) ?? { next: { ...x, progress: [...x.progress, { at: ctx.now, text: input.progress, by: me.openid, byName: me.name }] }, notices: [] }),
  )
}

export async function studioFeedback(input: StudioStaffEvent<'studio.feedback'>, ctx: StaffContext): Promise<SuggestionView> {
  const { me, s, point } = await keptSuggestion(ctx, input.id)
  const deputies = (await deputiesOf(ctx.db, point.code)).map((d) => d.openid)
  return step(ctx, me, s._id, (x) =>
    x.feedback?.outcome === input.outcome
      ? null
      : (feedbackRefusal(x) ?? {
          next: { ...x, state: 'answered', feedback: { at: ctx.now, outcome: input.outcome, by: me.openid } },
          notices: feedbackNotices(x, input.outcome, ctx.now, deputies, x.raisers),
        }),
  )
}
