/** A time (9:00) or a range of them (14:30–17:30, 9:00-12:00, 9:00～11:30). */
const TIME = /\d{1,2}[:：]\d{2}(?:\s*[–—\-~～至到]\s*\d{1,2}[:：]\d{2})?/g

/** Splits `text` into plain parts and times, in order. */
export function splitTimes(text: string): { text: string; time: boolean }[] {
  const parts: { text: string; time: boolean }[] = []
  let at = 0
  const re = new RegExp(TIME.source, 'g')
  // exec rather than matchAll: older mini-program engines lack it
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index
    if (start > at) parts.push({ text: text.slice(at, start), time: false })
    parts.push({ text: m[0], time: true })
    at = start + m[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), time: false })
  return parts
}
