import { describe, expect, it } from 'vitest'
import { linkedMatter, noticeMessage, publicNoticeText, recipientsOf } from './notices'

const words = { title: '幸福路路灯集中维修', raised: '很多居民反映幸福路晚上太黑', done: '已更换 12 盏路灯', next: '下月检查一次' }

describe('公告 rules', () => {
  it('a linked matter shows its number, category and month, nothing of the resident', () => {
    const item = { _id: 'i1', no: 'XD01-202611003', category: '基础设施', month: '202611', content: '我家门口路灯坏了', contact: { name: '张三丰', phone: '13812345678' } }
    expect(linkedMatter(item)).toEqual({ itemId: 'i1', no: 'XD01-202611003', category: '基础设施', month: '2026-11' })
  })

  it('numbers are refused with the field named; addresses are masked; plain words and counts stay', () => {
    expect(publicNoticeText({ ...words, done: '有事打 138 1234 5678' })).toEqual({ ok: false, field: 'done', message: '“已经做了”里有电话、身份证或银行卡号码，公告是公开的，请删去' })
    expect(publicNoticeText({ ...words, raised: '身份证330102196001011234的居民反映' })).toMatchObject({ ok: false, field: 'raised' })
    const masked = publicNoticeText({ ...words, raised: '幸福路12号3单元501的居民反映楼道太黑' })
    expect(masked.ok && masked.text.raised).not.toContain('501')
    expect(publicNoticeText(words)).toEqual({ ok: true, text: words })
  })

  it('each resident once, with their first matter; matters registered for someone without an account tell nobody', () => {
    const items = [
      { _id: 'a1', ownerOpenid: 'ra' },
      { _id: 'b1', ownerOpenid: 'rb' },
      { _id: 'a2', ownerOpenid: 'ra' },
      { _id: 'x', ownerOpenid: null },
    ]
    expect(recipientsOf(items)).toEqual([
      { openid: 'ra', itemId: 'a1' },
      { openid: 'rb', itemId: 'b1' },
    ])
  })

  it('the message’s event is the notice alone, so a republish derives the same message', () => {
    const m = (at: string) => noticeMessage({ id: 'n1', title: words.title, pointName: '新东社区' }, 'ra', linkedMatter({ _id: 'a1', no: 'XD01-202611003', category: '基础设施', month: '202611' }), new Date(at))
    expect(m('2026-11-28T02:00:00Z').event).toBe(m('2026-12-05T02:00:00Z').event)
    expect(m('2026-11-28T02:00:00Z')).toMatchObject({ recipient: 'ra', template: 'progress', page: 'pages/notice/index?id=n1', body: '新东社区发布公告“幸福路路灯集中维修”，其中答复了您的诉求 XD01-202611003。' })
  })
})
