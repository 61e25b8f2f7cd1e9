/**
 * Every piece of personal data in a text, as spans of the original: numbers and addresses
 * read in the text normalised with numerals as digits, names in the text normalised without.
 */
import { findNamed, findNames } from './names'
import { normalise, type Normalised } from './normalise'
import { findKnownNumber, findNumbers } from './numbers'
import { findAddresses, findKnownAddress } from './places'
import { MASKS, mergeSpans, type PersonalSpan } from './spans'

/** What is known of the person a text is about, and whose names may stay. */
export interface RedactKnown {
  /** the resident's own name (from the contact) */
  name?: string
  /** the resident's address (from the contact) */
  address?: string
  /** the resident's phone (from the contact) */
  phone?: string
  /** other names or words known to be the resident's, e.g. the work unit */
  names?: string[]
  /** names that stay: public officials acting in office, e.g. the cadre who answered */
  keep?: string[]
}

/** The two readings of one text. */
export interface Readings {
  digits: Normalised
  words: Normalised
}

export const readingsOf = (text: string): Readings => ({
  digits: normalise(text, { digits: true }),
  words: normalise(text, { digits: false }),
})

const cleanNames = (names: readonly (string | undefined)[]) =>
  names.map((n) => normalise(n ?? '', { digits: false }).text).filter((n) => Array.from(n).length >= 2)

/** What the text itself gives away, and what of `known` appears in it; not merged. */
export function spansIn(r: Readings, known: RedactKnown): PersonalSpan[] {
  const keep = cleanNames(known.keep ?? [])
  const spans = [...findNumbers(r.digits), ...findAddresses(r.digits), ...findNames(r.words, keep)]
  for (const name of cleanNames([known.name, ...(known.names ?? [])])) spans.push(...findNamed(r.words, name))
  const phone = normalise(known.phone ?? '', { digits: true }).text.replace(/^(?:\+?(?:00)?86)(?=1[3-9][0-9]{9}$)/, '')
  if (/^[0-9]+$/.test(phone)) spans.push(...findKnownNumber(r.digits, phone))
  if (known.address) spans.push(...findKnownAddress(r.digits, normalise(known.address, { digits: true })))
  return spans
}

/** Personal data in `text` as spans of the original, in order, overlaps joined. */
export function findPersonalData(text: string, known: RedactKnown = {}): PersonalSpan[] {
  return mergeSpans(spansIn(readingsOf(text), known))
}

/** `text` with each span replaced by its mask. */
export function maskSpans(text: string, spans: readonly PersonalSpan[]): string {
  let out = ''
  let from = 0
  for (const s of mergeSpans(spans)) {
    out += text.slice(from, s.start) + (s.mask ?? MASKS[s.kind])
    from = s.end
  }
  return out + text.slice(from)
}
