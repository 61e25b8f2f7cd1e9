/**
 * The one place that takes personal data out of text shown to others (大家说的事, the
 * masked export) and that tells a diary a number must not be kept. It errs on the side of
 * removing too much — yet a floor, a count or the answering cadre's name stays — and is
 * measured on generated corpora (redact.corpus.test.ts, `npm run bench`), not by example.
 */
import { findNamed } from './names'
import { type RedactKnown, maskSpans, readingsOf, spansIn, findPersonalData } from './detect'
import { PERSONAL_NUMBER_KINDS } from './spans'

export { findPersonalData, type RedactKnown } from './detect'
export type { PersonalKind, PersonalSpan } from './spans'

/** Whether the text holds a phone, ID or bank card number, however it is written. */
export function hasPersonalNumber(text: string): boolean {
  return findPersonalData(text).some((s) => PERSONAL_NUMBER_KINDS.includes(s.kind))
}

/**
 * Several texts about one matter (the resident's words and the answer): a name one of them
 * gives is masked in all of them.
 */
export function redactAll(texts: readonly string[], known: RedactKnown): string[] {
  const readings = texts.map(readingsOf)
  const spans = readings.map((r) => spansIn(r, known))
  const said = new Set(spans.flat().flatMap((s) => (s.kind === 'name' && s.value ? [s.value] : [])))
  return texts.map((text, i) => {
    const named = [...said].flatMap((name) => findNamed(readings[i].words, name))
    return maskSpans(text, [...spans[i], ...named])
  })
}

/** `text` with personal data replaced by ＊ and 某; what remains reads as the matter. */
export function redact(text: string, known: RedactKnown): string {
  return redactAll([text], known)[0]
}
