import { describe, expect, it } from 'vitest'
import { dueSoonNotices, overdueNotices, ratingReminderNotices, type ReminderItem } from './reminders'

// due at the end of 9 March, China time
const dueAt = new Date('2026-03-09T15:59:59Z')
const item = (patch: Partial<ReminderItem> = {}): ReminderItem => ({
  _id: 'm1',
  no: '202603001',
  category: '基础设施',
  content: '路灯坏了',
  ownerOpenid: 'resident-a',
  assignee: { openid: 'cadre-1', name: '张建国' },
  status: 'in_progress',
  dueAt,
  timeline: [],
  pointCode: 'xd01',
  importance: 'normal',
  ...patch,
})
const china = (s: string) => new Date(`${s}+08:00`)

describe('reminders on China time', () => {
  it('一般: 即将到期 from one day before the deadline, not earlier', () => {
    expect(dueSoonNotices(item(), china('2026-03-08T23:59:58'))).toEqual([])
    const [n] = dueSoonNotices(item(), china('2026-03-08T23:59:59'))
    expect(n).toMatchObject({ recipient: 'cadre-1', template: 'due', title: '事项即将到期' })
    expect(n.data.time4.value).toBe('2026年3月9日 23:59')
  })

  it('重要: three days before', () => {
    expect(dueSoonNotices(item({ importance: 'important' }), china('2026-03-06T23:59:58'))).toEqual([])
    expect(dueSoonNotices(item({ importance: 'important' }), china('2026-03-06T23:59:59'))).toHaveLength(1)
  })

  it('已逾期: the cadre once past the deadline, the leaders a day later', () => {
    expect(overdueNotices(item(), china('2026-03-09T23:59:58'), ['leader-1'])).toEqual([])
    expect(overdueNotices(item(), china('2026-03-10T00:00:00'), ['leader-1']).map((n) => n.recipient)).toEqual(['cadre-1'])
    expect(overdueNotices(item(), china('2026-03-10T23:59:59'), ['leader-1']).map((n) => n.recipient)).toEqual(['cadre-1', 'leader-1'])
  })

  it('评议提醒: three days after an unrated reply; one per reply', () => {
    const repliedAt = china('2026-03-01T10:00:00')
    expect(ratingReminderNotices(item({ status: 'replied', repliedAt }), china('2026-03-04T09:59:59'))).toEqual([])
    const [n] = ratingReminderNotices(item({ status: 'replied', repliedAt }), china('2026-03-04T10:00:00'))
    expect(n).toMatchObject({ recipient: 'resident-a', template: 'reminder', page: 'pages/item/index?id=m1' })
    expect(n.event).toBe(ratingReminderNotices(item({ status: 'replied', repliedAt }), china('2026-03-05T10:00:00'))[0].event)
  })

  it('a new deadline after an extension reminds again; a matter without a resident gets no rating reminder', () => {
    const a = dueSoonNotices(item(), china('2026-03-09T10:00:00'))[0].event
    const b = dueSoonNotices(item({ dueAt: new Date('2026-03-20T15:59:59Z') }), china('2026-03-20T10:00:00'))[0].event
    expect(a).not.toBe(b)
    expect(ratingReminderNotices(item({ ownerOpenid: null, repliedAt: china('2026-03-01T10:00:00') }), china('2026-03-06T10:00:00'))).toEqual([])
  })
})
