import { describe, expect, it } from 'vitest'
import { itemDraftSchema, matterResidentEventSchemas } from './schemas'
import { parseWith } from '../kernel/validation'

const contact = { name: '张三', phone: '13812345678', address: '新东社区幸福路12号' }
const submit = {
  action: 'item.submit',
  requestId: 'req-0001-abcdef',
  pointCode: 'xd01',
  category: '环境卫生',
  content: '小区东门垃圾桶满了好几天没人清运',
  contact,
}
const photo = 'cloud://local-shuoshi/items/202611/abc.jpg'

function check<K extends keyof typeof matterResidentEventSchemas>(schema: K, event: unknown) {
  return parseWith(matterResidentEventSchemas[schema], event)
}

describe('item.submit schema', () => {
  it('accepts a complete registration and trims text', () => {
    const r = check('item.submit', { ...submit, content: `  ${submit.content}  `, photos: [photo] })
    expect(r.ok).toBe(true)
    if (r.ok) expect((r.value as { content: string }).content).toBe(submit.content)
  })

  const bad: [string, unknown, string][] = [
    ['a missing name', { ...submit, contact: { ...contact, name: undefined } }, 'contact.name'],
    ['a blank name', { ...submit, contact: { ...contact, name: '   ' } }, 'contact.name'],
    ['a landline number', { ...submit, contact: { ...contact, phone: '02812345678' } }, 'contact.phone'],
    ['a 10-digit mobile', { ...submit, contact: { ...contact, phone: '1381234567' } }, 'contact.phone'],
    ['a phone as a number', { ...submit, contact: { ...contact, phone: 13812345678 } }, 'contact.phone'],
    ['a missing address', { ...submit, contact: { name: '张三', phone: '13812345678' } }, 'contact.address'],
    ['an extra contact field', { ...submit, contact: { ...contact, idCard: '1101' } }, 'contact'],
    ['an unknown category', { ...submit, category: '其它事' }, 'category'],
    ['content under 10 characters', { ...submit, content: '太短了' }, 'content'],
    ['content of 1001 characters', { ...submit, content: '字'.repeat(1001) }, 'content'],
    ['content of the wrong type', { ...submit, content: 123 }, 'content'],
    ['four photos', { ...submit, photos: [photo, photo, photo, photo] }, 'photos'],
    ['a photo that is not a cloud file', { ...submit, photos: ['http://evil.example/x.jpg'] }, 'photos.0'],
    ['a missing requestId', { ...submit, requestId: undefined }, 'requestId'],
    ['a short requestId', { ...submit, requestId: 'abc' }, 'requestId'],
    ['a bad point code', { ...submit, pointCode: '../x' }, 'pointCode'],
    ['a forged openid', { ...submit, openid: 'someone-else' }, '_'],
    ['a forged owner', { ...submit, ownerOpenid: 'someone-else' }, '_'],
  ]
  it.each(bad)('rejects %s', (_label, event, field) => {
    const r = check('item.submit', event)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(Object.keys(r.fields)).toContain(field)
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('counts an emoji as one character', () => {
    expect(check('item.submit', { ...submit, content: '😀'.repeat(10) }).ok).toBe(true)
    expect(check('item.submit', { ...submit, content: '😀'.repeat(1001) }).ok).toBe(false)
  })
})

describe('the draft schema the form uses', () => {
  it('needs category, content and contact, with optional work unit and photos', () => {
    expect(parseWith(itemDraftSchema, { category: '其他', content: '这是一件需要说一说的事情', contact }).ok).toBe(true)
    expect(
      parseWith(itemDraftSchema, { category: '其他', content: '这是一件需要说一说的事情', contact: { ...contact, workUnit: '新东小学' } }).ok,
    ).toBe(true)
    const r = parseWith(itemDraftSchema, {})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(['category', 'contact', 'content'])
  })
  it('limits the work unit to 50 characters', () => {
    const r = parseWith(itemDraftSchema, { category: '其他', content: '这是一件需要说一说的事情', contact: { ...contact, workUnit: '单'.repeat(51) } })
    expect(r.ok).toBe(false)
  })
})

describe('the other resident actions', () => {
  it('item.listMine accepts an optional cursor and a limit of 1–50', () => {
    expect(check('item.listMine', { action: 'item.listMine' }).ok).toBe(true)
    expect(check('item.listMine', { action: 'item.listMine', limit: 50, cursor: `${Date.UTC(2026, 0, 1)}.3` }).ok).toBe(true)
    // only a cursor the function could have written (see cursors.test.ts)
    expect(check('item.listMine', { action: 'item.listMine', limit: 50, cursor: 'abc' }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', limit: 0 }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', limit: 51 }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', limit: 2.5 }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', limit: '10' }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', cursor: 'x'.repeat(201) }).ok).toBe(false)
    expect(check('item.listMine', { action: 'item.listMine', owner: 'x' }).ok).toBe(false)
  })
  it('item.get needs a well-formed id', () => {
    expect(check('item.get', { action: 'item.get', id: 'abc123' }).ok).toBe(true)
    expect(check('item.get', { action: 'item.get' }).ok).toBe(false)
    expect(check('item.get', { action: 'item.get', id: { $ne: null } }).ok).toBe(false)
    expect(check('item.get', { action: 'item.get', id: 'a/b' }).ok).toBe(false)
  })
})

describe('what a resident does after registering', () => {
  const id = 'abc123'
  it('item.supplement needs some text or photos; its requestId is optional but well-formed', () => {
    expect(check('item.supplement', { action: 'item.supplement', id, requestId: 'sup-0000000001', content: '补充一句' }).ok).toBe(true)
    expect(check('item.supplement', { action: 'item.supplement', id, requestId: 'sup-0000000001', photos: [photo] }).ok).toBe(true)
    expect(check('item.supplement', { action: 'item.supplement', id, content: '补充一句' }).ok).toBe(true)
    expect(check('item.supplement', { action: 'item.supplement', id, requestId: 'x', content: '补充一句' }).ok).toBe(false)
    expect(check('item.supplement', { action: 'item.supplement', id, requestId: 'sup-0000000001' }).ok).toBe(false)
    expect(check('item.supplement', { action: 'item.supplement', id, requestId: 'sup-0000000001', content: '字'.repeat(501) }).ok).toBe(false)
  })
  it('item.rate needs an opinion for 不满意 only', () => {
    expect(check('item.rate', { action: 'item.rate', id, level: 'satisfied', solved: true }).ok).toBe(true)
    const r = check('item.rate', { action: 'item.rate', id, level: 'unsatisfied', solved: false })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fields.opinion).toContain('不满意')
    expect(check('item.rate', { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: '还没修好' }).ok).toBe(true)
    expect(check('item.rate', { action: 'item.rate', id, level: 'great', solved: true }).ok).toBe(false)
    expect(check('item.rate', { action: 'item.rate', id, level: 'basic', solved: 'yes' }).ok).toBe(false)
  })
})
