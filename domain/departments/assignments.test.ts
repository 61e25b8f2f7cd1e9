import { describe, expect, it } from 'vitest'
import { applyStep, assignmentDueAt, assignRefusal, emptyTally, tallyAssignment, type Assignment } from './assignments'

const NOW = new Date('2026-01-31T02:00:00Z') // 10:00 China time
const base: Assignment = {
  id: 'r1', department: 'A-MZ', departmentName: '镇民政办', node: 'QX-A', request: '请核实', dueAt: new Date('2026-02-10T15:59:59Z'),
  state: 'assigned', assignedBy: 'l', assignedByName: '镇领导', assignedAt: NOW, acceptedAt: null, answer: null, answeredAt: null, reason: null, returnedAt: null, handledBy: null,
}

describe('交办 rules', () => {
  it('a matter may be 交办 when open and gone up, and not while a department has it', () => {
    expect(assignRefusal({ status: 'in_progress', track: 'escalate' })).toBeNull()
    expect(assignRefusal({ status: 'accepted', track: 'local', escalation: { department: '区民政局' } })).toBeNull()
    expect(assignRefusal({ status: 'submitted', track: 'escalate' })).toBe('只有受理后、答复前的事项可以交办')
    expect(assignRefusal({ status: 'replied', track: 'escalate' })).toBe('只有受理后、答复前的事项可以交办')
    expect(assignRefusal({ status: 'accepted', track: 'local' })).toBe('只有上报上级的事项可以交办')
    expect(assignRefusal({ status: 'accepted', track: 'escalate', assignment: base })).toContain('已交办镇民政办')
    expect(assignRefusal({ status: 'accepted', track: 'escalate', assignment: { ...base, state: 'returned' } })).toBeNull()
  })

  it('the deadline ends at 23:59:59 China time of the day picked, today at the earliest', () => {
    expect(assignmentDueAt('2026-02-10', NOW)).toEqual(new Date('2026-02-10T15:59:59Z'))
    expect(assignmentDueAt('2026-01-31', NOW)).toEqual(new Date('2026-01-31T15:59:59Z'))
    expect(assignmentDueAt('2026-01-30', NOW)).toBe('办理期限不能早于今天')
  })

  it('steps: accept from assigned; answer or send back while open; nothing after', () => {
    const accepted = applyStep(base, 'accept', 's', NOW) as Assignment
    expect(accepted).toMatchObject({ state: 'accepted', acceptedAt: NOW, handledBy: 's' })
    expect(applyStep(accepted, 'accept', 's', NOW)).toContain('不能接收')
    expect(applyStep(base, 'answer', 's', NOW, '已办')).toMatchObject({ state: 'answered', answer: '已办', answeredAt: NOW })
    const back = applyStep(accepted, 'return', 's', NOW, '非本部门') as Assignment
    expect(back).toMatchObject({ state: 'returned', reason: '非本部门' })
    expect(applyStep(back, 'answer', 's', NOW, 'x')).toContain('不能答复')
  })

  it('figures: answered on time, late, sent back, still open past due', () => {
    const later = new Date('2026-02-12T02:00:00Z')
    const rows: Pick<Assignment, 'state' | 'dueAt' | 'answeredAt'>[] = [
      { state: 'answered', dueAt: base.dueAt, answeredAt: NOW },
      { state: 'answered', dueAt: base.dueAt, answeredAt: later },
      { state: 'returned', dueAt: base.dueAt, answeredAt: null },
      { state: 'accepted', dueAt: base.dueAt, answeredAt: null },
      { state: 'assigned', dueAt: new Date('2026-03-01T15:59:59Z'), answeredAt: null },
    ]
    expect(rows.reduce((t, a) => tallyAssignment(t, a, later), emptyTally())).toEqual({ received: 5, answered: 2, answeredOnTime: 1, returned: 1, overdue: 2, open: 2 })
  })
})
