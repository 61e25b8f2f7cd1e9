const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * A random id from [A-Za-z0-9_-]. Not a secret: it tells retries of one submission apart
 * from new ones, and names uploaded files. Mini-program JS has no crypto, so Math.random.
 */
export function randomId(length = 24): string {
  let id = ''
  for (let i = 0; i < length; i += 1) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return id
}

/** The idempotency key of one submission (the server accepts 8–64 of [A-Za-z0-9_-]). */
export function newRequestId(): string {
  return randomId(24)
}
