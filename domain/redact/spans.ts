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

/** Sorted, with overlapping spans joined (the first one's kind wins). */
export function mergeSpans(spans: readonly PersonalSpan[]): PersonalSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PersonalSpan[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
