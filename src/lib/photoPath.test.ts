import { describe, expect, it } from 'vitest'
import { extOfMime, extOfPath, photoCloudPath } from './photoPath'

describe('photo paths', () => {
  it('files photos under the China-time month', () => {
    // 2026-01-31 16:30 UTC is already February 1st in China
    expect(photoCloudPath('jpg', new Date('2026-01-31T16:30:00Z'))).toMatch(/^items\/202602\/[A-Za-z0-9_-]{20}\.jpg$/)
  })

  it('takes the extension from a temp path or a MIME type', () => {
    expect(extOfPath('http://tmp/abc.JPEG')).toBe('jpeg')
    expect(extOfPath('wxfile://tmp_1.png')).toBe('png')
    expect(extOfPath('blob:http://127.0.0.1/9b1c-44')).toBe('jpg')
    expect(extOfMime('image/png')).toBe('png')
    expect(extOfMime('')).toBe('jpg')
  })
})
