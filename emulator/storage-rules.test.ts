import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileRules } from './storage-rules'

const owner = (auth: string | null, resource: string) => ({ auth: auth === null ? null : { openid: auth }, resource: { openid: resource } })

describe('storage rules', () => {
  it('the repository rule: only the uploader writes a path; clients read nothing but signed URLs', () => {
    const rules = JSON.parse(readFileSync(path.join(__dirname, '..', 'storage.rules.json'), 'utf8'))
    expect(rules).toEqual({ read: false, write: 'resource.openid == auth.openid' })
    const allows = compileRules()
    expect(allows('write', owner('a', 'a'))).toBe(true)
    expect(allows('write', owner('b', 'a'))).toBe(false)
    expect(allows('write', owner(null, ''))).toBe(false)
    expect(allows('read', owner('a', 'a'))).toBe(false)
  })

  it.each([
    ['auth != null && auth.openid == resource.openid', owner('a', 'a'), true],
    ['auth != null && auth.openid == resource.openid', owner(null, 'a'), false],
    ['auth == null || (auth.openid == "x" && !(resource.openid != "y"))', owner('x', 'y'), true],
    ['auth == null || (auth.openid == "x" && !(resource.openid != "y"))', owner('x', 'z'), false],
    ['auth.uid == resource.openid', owner('a', 'a'), false],
  ])('evaluates %s', (rule, ctx, expected) => {
    expect(compileRules({ write: rule })('write', ctx)).toBe(expected)
  })

  it.each(['resource.size < 5', 'auth.openid ==', '(auth != null', 'now() > 1'])('fails loudly on what it does not implement: %s', (rule) => {
    expect(() => compileRules({ write: rule })).toThrow(/storage rule/)
  })
})
