/**
 * What a stored file is, by its bytes, never by its name or a client's Content-Type:
 * a file is served with the type found here, so nothing uploaded comes back as HTML or
 * SVG from the app's origin.
 */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

const starts = (bytes: Buffer, at: number, magic: number[]) => magic.every((b, i) => bytes[at + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The image type of `bytes` (JPEG, PNG or WebP), or null. */
export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (starts(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts(bytes, 0, ascii('RIFF')) && starts(bytes, 8, ascii('WEBP'))) return 'image/webp'
  return null
}

/** How to serve bytes that a function stored: an image as itself, anything else as a download. */
export function servedTypeOf(bytes: Buffer): string {
  return imageTypeOf(bytes) ?? 'application/octet-stream'
}
