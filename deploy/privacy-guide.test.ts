import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { privacyApisCalled, privacyGuide } from './privacy-guide'

describe('the 用户隐私保护指引', () => {
  it('declares every privacy API src/ calls, with its purpose, and every form field', () => {
    const apis = privacyApisCalled(path.join(__dirname, '..', 'src'))
    expect(apis).toEqual(expect.arrayContaining(['chooseImage', 'saveImageToPhotosAlbum', 'setClipboardData']))
    const guide = privacyGuide()
    for (const api of apis) expect(guide).toContain(`（接口 wx.${api}）`)
    for (const field of ['姓名', '手机号', '家庭住址', '工作单位']) expect(guide).toContain(field)
  })

  it('refuses to be written when the code calls a privacy API it does not declare', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-privacy-'))
    try {
      writeFileSync(path.join(dir, 'page.tsx'), "export const where = () => Taro.getLocation({ type: 'gcj02' })\n")
      writeFileSync(path.join(dir, 'phone.tsx'), "export const B = () => <Button openType='getPhoneNumber' />\n")
      expect(privacyApisCalled(dir)).toEqual(['getLocation', 'getPhoneNumber'])
      expect(() => privacyGuide(dir)).toThrow('src 调用了隐私接口 getLocation、getPhoneNumber，但隐私指引没有写它的用途')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
