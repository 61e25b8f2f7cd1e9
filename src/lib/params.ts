/** A page query parameter as text: decoded, trimmed, null when absent or empty. */
export function readParam(value: string | undefined): string | null {
  if (!value) return null
  let decoded = value
  try {
    decoded = decodeURIComponent(value)
  } catch {
    // not percent-encoded after all: keep it as it came
  }
  return decoded.trim() || null
}
