/**
 * The redaction on its corpora (domain/privacy/redact/corpus.ts, fixed seed): leaks among the
 * disguised personal items, share of ordinary characters masked, and characters redacted
 * per second.
 */
import { redact } from '../domain/privacy/redact'
import { measure, ordinaryCorpus, personalCorpus, summaryLine } from '../domain/privacy/redact/corpus'

type Report = (key: string, value: number, unit: string) => void

export function redactionFigures(report: Report) {
  console.log('\n隐去个人信息（domain/redact）')
  const figures = measure(redact)
  console.log(`  ${summaryLine(figures)}`)
  report('redaction.leaks', figures.leaks.length, ` of ${figures.items}`)
  report('redaction.falseMaskPercent', Math.round(figures.maskedPercent * 100) / 100, '%')

  const texts = [...personalCorpus().map((c) => c.text), ...ordinaryCorpus()]
  const characters = texts.reduce((n, t) => n + t.length, 0)
  const rounds = 5
  const started = performance.now()
  for (let r = 0; r < rounds; r++) for (const t of texts) redact(t, {})
  const seconds = (performance.now() - started) / 1000
  report('redaction.charsPerSec', Math.round((rounds * characters) / seconds), ' chars/s')
}
