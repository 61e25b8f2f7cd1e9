/** 138****5678: keeps the first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** 张** : keeps the family name only. */
export function maskName(name: string): string {
  const chars = Array.from(name)
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1)
}

/** Keeps the first 6 characters (the estate or street), hides the rest. */
export function maskAddress(address: string): string {
  const chars = Array.from(address)
  return chars.length <= 6 ? chars.slice(0, 2).join('') + '****' : chars.slice(0, 6).join('') + '****'
}
