import { describe, expect, it } from 'vitest'
import { matterResidentEventSchemas } from '../../domain/matters/schemas'
import { parseWith } from '../../domain/kernel/validation'
import { emptySupplement, isEmptySupplement, supplementFromStored, toSupplementEvent } from './supplementShape'

const schema = matterResidentEventSchemas['item.supplement']
const photo = { fileID: 'cloud://env-1/items/202611/abc.jpg', localPath: 'http://tmp/a.jpg' }

describe('toSupplementEvent', () => {
  it('sends text alone, photos alone, or both', () => {
    expect(parseWith(schema, toSupplementEvent('item1', { requestId: 'req-abcdefghijklmnop', content: '水又漏了', photos: [] }))).toMatchObject({ ok: true })
    const onlyPhotos = toSupplementEvent('item1', { requestId: 'req-abcdefghijklmnop', content: '  ', photos: [photo] })
    expect(onlyPhotos).not.toHaveProperty('content')
    expect(parseWith(schema, onlyPhotos)).toMatchObject({ ok: true, value: { photos: [photo.fileID] } })
  })

  it('refuses nothing at all with the schema’s message, and too short a text under its field', () => {
    expect(parseWith(schema, toSupplementEvent('item1', emptySupplement()))).toMatchObject({
      ok: false,
      fields: { _: '请填写补充内容或添加照片' },
    })
    expect(parseWith(schema, toSupplementEvent('item1', { requestId: 'req-abcdefghijklmnop', content: '漏', photos: [] }))).toMatchObject({
      ok: false,
      fields: { content: '补充内容至少 2 个字' },
    })
  })
})

describe('supplementFromStored', () => {
  it('trusts nothing about what storage gives back', () => {
    expect(supplementFromStored({ content: 5, photos: 'x' })).toMatchObject({ content: '', photos: [] })
    expect(supplementFromStored({ requestId: 'kept-request-id-0001', content: '补充' }).requestId).toBe('kept-request-id-0001')
    expect(supplementFromStored({ requestId: 'bad id' }).requestId).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    const stored = supplementFromStored({ content: '补充', photos: [photo, { fileID: '' }, null, photo, photo, photo] })
    expect(stored.content).toBe('补充')
    expect(stored.photos).toHaveLength(3)
    expect(isEmptySupplement({ requestId: 'req-abcdefghijklmnop', content: ' \n', photos: [] })).toBe(true)
  })
})
