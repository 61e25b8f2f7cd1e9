/**
 * Measured, not trusted by example: 2,400 generated personal items in every disguise
 * (spaced, dotted, dashed, +86, full-width, 一三九 / 幺 / 〇, ID with the X apart, cards,
 * plates, addresses with spaces, 我叫 / 联系人 names) leave nothing behind, and 600
 * generated ordinary sentences keep at least 98 % of their characters. Fixed seed.
 */
import { expect, it } from 'vitest'
import { redact } from '.'
import { measure, summaryLine } from './corpus'

it('leaks nothing from disguised personal data and masks at most 2 % of ordinary text', () => {
  const figures = measure(redact)
  console.log(summaryLine(figures))
  expect(figures.items).toBeGreaterThanOrEqual(2000)
  expect(figures.sentences).toBeGreaterThanOrEqual(500)
  expect(figures.leaks.slice(0, 20)).toEqual([])
  expect(figures.maskedPercent, JSON.stringify(figures.worst, null, 1)).toBeLessThanOrEqual(2)
})
