/** A time (9:00) or a range of them (14:30–17:30, 9:00-12:00, 9:00～11:30). */
const TIME = /\d{1,2}[:：]\d{2}(?:\s*[–—\-~～至到]\s*\d{1,2}[:：]\d{2})?/
/** A date (2026年12月2日, 12月2日, 2026-12-02), with its weekday when one follows in brackets. */
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:（(?:星期|周)[一二三四五六日天]）)?|\d{4}-\d{1,2}-\d{1,2}/
/** A weekday on its own (星期三, 每周三, 周日). */
const WEEKDAY = /星期[一二三四五六日天]|每?周[一二三四五六日天]/
const WHOLE = new RegExp(`${DATE.source}|${TIME.source}|${WEEKDAY.source}`, 'g')

/** Splits `text` into plain parts and the times, dates and weekdays in it (`time`), in order. */
export function splitTimes(text: string): { text: string; time: boolean }[] {
  const parts: { text: string; time: boolean }[] = []
  let at = 0
  const re = new RegExp(WHOLE.source, 'g')
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
