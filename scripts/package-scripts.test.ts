import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '..')
const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

describe('package.json scripts', () => {
  // a script that names a missing config runs nothing, or the wrong tests
  it.each(Object.entries(scripts))('%s names only files that exist', (_name, command) => {
    const named = [...command.matchAll(/(?:--config\s+|^(?:bash|tsx|node)\s+)(\S+\.(?:[cm]?[jt]s|sh))/g)].map((m) => m[1])
    for (const file of named) expect(existsSync(path.join(root, file)), file).toBe(true)
  })
})
