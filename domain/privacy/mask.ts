/** 138****5678: keeps the first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** 张** : keeps the family name only. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1)
}

// a house number written in any way: digits (also full-width) or Chinese numerals
const NUMBER_LIKE = /[0-9０-９零〇一二三四五六七八九十百幺两壹贰叁肆伍陆柒捌玖]/

/**
 * Keeps at most the first 6 characters (the estate or street) and never a house number:
 * 幸福路 88 弄 → 幸福路****. Hides the rest.
 */
export function maskAddress(address: string): string {
  const chars = Array.from(address)
  const firstNumber = chars.findIndex((c) => NUMBER_LIKE.test(c))
  const keep = Math.min(chars.length <= 6 ? 2 : 6, firstNumber === -1 ? chars.length : firstNumber)
  return chars.slice(0, keep).join('').trimEnd() + '****'
}
