import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '..')
const THEME = path.join(__dirname, 'theme.scss')

function scssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return scssFiles(full)
    return entry.name.endsWith('.scss') ? [full] : []
  })
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '')

/** a colour written out: #rgb…#rrggbbaa, rgb()/hsl() with numbers, or a colour's name as a value */
const LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(\s*[\d.]|:\s*(?:[^;{]*\s)?(?:white|black|red|green|blue|gr[ae]y|yellow|orange|purple|pink|brown)\s*(?:[;!]|$)/gim

function literalColours(text: string): string[] {
  return withoutComments(text).match(LITERAL) ?? []
}

describe('the theme', () => {
  it('finds colours written out, and not what only looks like one', () => {
    expect(literalColours('a { color: #b71c1c; border: 1px solid #CCC; }')).toHaveLength(2)
    expect(literalColours('a { background: rgba(0, 0, 0, 0.5); color: white; }')).toHaveLength(2)
    expect(literalColours('a { color: $text; --x: #{$primary}; white-space: nowrap; } /* #fff */')).toEqual([])
  })

  it('is the only style file that writes a colour out', () => {
    const offenders = scssFiles(SRC)
      .filter((file) => file !== THEME)
      .flatMap((file) => literalColours(readFileSync(file, 'utf8')).map((c) => `${path.relative(SRC, file)}: ${c}`))
    expect(offenders).toEqual([])
  })

  it('names no colour that no page uses', () => {
    const names = [...readFileSync(THEME, 'utf8').matchAll(/^\$([a-z-]+):/gm)].map((m) => m[1])
    const styles = scssFiles(SRC)
      .filter((file) => file !== THEME)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const unused = names.filter((name) => !new RegExp(`\\$${name}(?![a-z-])`).test(styles))
    expect(names.length).toBeGreaterThan(0)
    expect(unused).toEqual([])
  })
})
