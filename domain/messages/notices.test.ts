import { describe, expect, it } from 'vitest'
import { noticesFor, type NoticeEntry, type NoticeItem } from './notices'

const at = new Date('2026-03-02T02:00:00Z')
const entry = (type: string, text: string, internal = false): NoticeEntry => ({ type, at, text, internal })

function item(timeline: NoticeEntry[], patch: Partial<NoticeItem> = {}): NoticeItem {
  return {
    _id: 'item1',
    no: '202603001',
    category: '基础设施',
    content: '村口的路灯坏了一个多月了',
    ownerOpenid: 'resident-a',
    assignee: { openid: 'cadre-1', name: '张建国' },
    status: 'in_progress',
    dueAt: new Date('2026-03-09T15:59:59Z'),
    timeline,
    ...patch,
  }
}

const who = (before: NoticeItem | null, after: NoticeItem, leaders: string[] = ['leader-1']) =>
  noticesFor(before, after, leaders).map((n) => `${n.recipient}:${n.template}`)

describe('noticesFor', () => {
  const registered = [entry('register', '登记'), entry('assign', '分派给张建国')]

  it('a new matter tells its cadre, naming its number and category in the box and on WeChat, each field within its limit', () => {
    expect(who(null, item(registered, { status: 'submitted' }))).toEqual(['cadre-1:assigned'])
    const [n] = noticesFor(null, item(registered, { status: 'submitted' }), [])
    expect(n.title).toBe('新登记的事项：202603001 基础设施')
    expect(n.body).toBe('登记编号 202603001，类别「基础设施」。分派给张建国')
    expect(n.data).toMatchObject({ character_string1: { value: '202603001' }, thing2: { value: '基础设施：村口的路灯坏了一个多月了' }, thing3: { value: '居民新登记：基础设施' } })
    // a long number (past 999 a month) and a long content still fit WeChat's limits
    const [wide] = noticesFor(null, item(registered, { status: 'submitted', no: '2026031000', category: '社会保障', content: '家里老人今年八十多岁了想问问高龄补贴和居家养老服务怎么申请' }), [])
    expect(wide.data.character_string1.value).toBe('2026031000')
    expect([...wide.data.thing3.value].length).toBeLessThanOrEqual(20)
    expect([...wide.data.thing2.value].length).toBeLessThanOrEqual(20)
  })

  it('acceptance tells the resident, with the due date', () => {
    const before = item(registered, { status: 'submitted' })
    const [n] = noticesFor(before, item([...registered, entry('accept', '已受理')], { status: 'accepted' }), [])
    expect(n).toMatchObject({ recipient: 'resident-a', template: 'accepted', page: 'pages/item/index?id=item1' })
    expect(n.data.time4.value).toBe('2026年3月9日 23:59')
  })

  it('a visible note tells the resident; an internal one tells nobody', () => {
    const before = item(registered)
    expect(who(before, item([...registered, entry('progress', '已联系供电所')]))).toEqual(['resident-a:progress'])
    expect(who(before, item([...registered, entry('progress', '这户人难缠', true)]))).toEqual([])
  })

  it('a reply asks the resident to rate; 不满意 reopens for both; a second one goes to the leaders', () => {
    const before = item(registered)
    expect(who(before, item([...registered, entry('reply', '已修好')], { status: 'replied', reply: { answer: '已修好' } }))).toEqual(['resident-a:replied'])
    const reopened = item([...registered, entry('rate', '不满意')], { status: 'in_progress' })
    expect(who(before, reopened)).toEqual(['resident-a:progress', 'cadre-1:assigned'])
    const supervised = item([...registered, entry('rate', '不满意')], { status: 'in_progress', supervision: true })
    expect(who(before, supervised, ['leader-1', 'leader-2'])).toEqual(['resident-a:progress', 'cadre-1:assigned', 'leader-1:due', 'leader-2:due'])
  })

  it('a transfer tells the new cadre; a second extension the leaders; a supplement the cadre', () => {
    const before = item(registered)
    expect(who(before, item([...registered, entry('transfer', '转给李秀英')], { assignee: { openid: 'cadre-2', name: '李秀英' } }))).toEqual(['cadre-2:assigned'])
    expect(who(before, item([...registered, entry('extension_requested', '申请延期', true)]))).toEqual(['leader-1:assigned'])
    expect(who(before, item([...registered, entry('supplement', '补充')]))).toEqual(['cadre-1:assigned'])
  })

  it('a matter registered for a resident without the app (代登记) tells no resident', () => {
    expect(who(item(registered, { ownerOpenid: null }), item([...registered, entry('reply', '已答复')], { ownerOpenid: null }))).toEqual([])
  })

  it('the same moment gives the same event ids, so a retried change queues nothing twice', () => {
    const before = item(registered)
    const after = item([...registered, entry('progress', '进展')])
    expect(noticesFor(before, after, []).map((n) => n.event)).toEqual(noticesFor(before, after, []).map((n) => n.event))
    expect(noticesFor(before, after, [])[0].event).toBe('item1:2:办理进展')
  })
})
