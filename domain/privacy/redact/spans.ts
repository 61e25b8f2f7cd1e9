/** What the detectors report: a piece of personal data and where it stands. */

export type PersonalKind = 'mobile' | 'landline' | 'id' | 'card' | 'number' | 'email' | 'plate' | 'address' | 'name'

export interface PersonalSpan {
  /** offsets in the original text, [start, end) */
  start: number
  end: number
  kind: PersonalKind
  /** what the span is, as found (for a name: the name, so it is masked wherever it appears) */
  value: string
  /** what stands in its place, when not the kind's usual mask (姓某, 某经理) */
  mask?: string
}

/** Kinds that are numbers a diary must not keep. */
export const PERSONAL_NUMBER_KINDS: readonly PersonalKind[] = ['mobile', 'landline', 'id', 'card']

/** What stands in for each kind: numbers and places lose their length, names read as 某某. */
export const MASKS: Record<PersonalKind, string> = {
  mobile: '＊＊＊',
  landline: '＊＊＊',
  id: '＊＊＊',
  card: '＊＊＊',
  number: '＊＊＊',
  email: '＊＊＊',
  plate: '＊＊＊',
  address: '＊＊',
  name: '某某',
}

/**
 * Every match of a global pattern, by exec: the module runs in the mini-program too, whose
 * older engines lack matchAll and lookbehind (so patterns say `(?:^|[^0-9])(…)` instead).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(pattern.source, 'g')
  const out: RegExpExecArray[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return out
}

/** Sorted, with overlapping spans joined (the first one's kind wins). */
export function mergeSpans(spans: readonly PersonalSpan[]): PersonalSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PersonalSpan[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
