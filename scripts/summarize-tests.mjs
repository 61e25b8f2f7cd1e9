// Adds up vitest's JSON reports into one closing line: "N passed, N failed".
import fs from 'node:fs'
import path from 'node:path'
const dir = process.argv[2]
let passed = 0
let failed = 0
let skipped = 0
for (const file of fs.readdirSync(dir)) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + (r.numTodoTests || 0)
  console.log(`${path.basename(file, '.json')}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
