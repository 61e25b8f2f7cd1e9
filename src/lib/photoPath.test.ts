import { describe, expect, it } from 'vitest'
import { extOfMime, extOfPath, photoCloudPath } from './photoPath'

describe('photo paths', () => {
  it('files photos in the resident’s own folder under a fresh random name', () => {
    const path = photoCloudPath('uploads/oAbc-1/', 'jpg')
    expect(path).toMatch(/^uploads\/oAbc-1\/[A-Za-z0-9_-]{20}\.jpg$/)
    expect(photoCloudPath('uploads/oAbc-1/', 'jpg')).not.toBe(path)
  })

  it('takes the extension from a temp path or a MIME type', () => {
    expect(extOfPath('http://tmp/abc.JPEG')).toBe('jpeg')
    expect(extOfPath('wxfile://tmp_1.png')).toBe('png')
    expect(extOfPath('blob:http://127.0.0.1/9b1c-44')).toBe('jpg')
    expect(extOfMime('image/png')).toBe('png')
    expect(extOfMime('')).toBe('jpg')
  })
})
