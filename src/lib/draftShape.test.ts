import { describe, expect, it } from 'vitest'
import { itemDraftSchema } from '../../domain/matters/schemas'
import { parseWith } from '../../domain/kernel/validation'
import { emptyDraft, fromStored, toItemDraft, type FormDraft } from './draftShape'

const filled: FormDraft = {
  ...emptyDraft(),
  category: '环境卫生',
  content: '楼下垃圾桶好几天没人清理了',
  name: '王秀英',
  phone: '13800001234',
  address: '新东小区 3 栋 201',
}

describe('toItemDraft', () => {
  it('leaves out an empty work unit and no photos, and passes the schema', () => {
    const draft = toItemDraft({ ...filled, workUnit: '   ' })
    expect(draft.contact).not.toHaveProperty('workUnit')
    expect(draft).not.toHaveProperty('photos')
    expect(parseWith(itemDraftSchema, draft).ok).toBe(true)
  })

  it('sends the work unit and the photos’ file ids when there are some', () => {
    const photos = [{ fileID: 'cloud://env-1/items/202611/abc.jpg', localPath: 'http://tmp/a.jpg' }]
    const draft = toItemDraft({ ...filled, workUnit: '新东小学', photos })
    expect(draft.contact.workUnit).toBe('新东小学')
    expect(draft.photos).toEqual(['cloud://env-1/items/202611/abc.jpg'])
    expect(parseWith(itemDraftSchema, draft).ok).toBe(true)
  })

  it('gives a message per field for an empty form', () => {
    const checked = parseWith(itemDraftSchema, toItemDraft(emptyDraft()))
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(Object.keys(checked.fields).sort()).toEqual(['category', 'contact.address', 'contact.name', 'contact.phone', 'content'])
  })
})

describe('fromStored', () => {
  it('keeps a stored draft and its request id', () => {
    expect(fromStored({ ...filled })).toEqual(filled)
  })

  it('repairs whatever storage holds', () => {
    const draft = fromStored({ requestId: 'short', category: '不存在', content: 5, photos: [{ fileID: '' }, 'x', { fileID: 'cloud://e/items/1.jpg' }] })
    expect(draft.requestId).toMatch(/^[A-Za-z0-9_-]{16,}$/)
    expect(draft.category).toBe('')
    expect(draft.content).toBe('')
    expect(draft.photos).toEqual([{ fileID: 'cloud://e/items/1.jpg', localPath: '' }])
  })
})
