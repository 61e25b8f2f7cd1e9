/**
 * The names of `wx`'s members, read from miniprogram-api-typings' `interface Wx` with the
 * TypeScript compiler, so the headless `wx` has exactly WeChat's surface: code that reaches
 * for something WeChat does not have finds it missing here too.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const API_TYPINGS = path.resolve(__dirname, '../node_modules/miniprogram-api-typings/types/wx/lib.wx.api.d.ts')

export function wxMemberNames(file = API_TYPINGS): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const names = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') {
      for (const member of node.members) {
        if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) names.add(member.name.text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return [...names].sort()
}
