import { monthKey } from '../../domain/numbering'
import { randomId } from './randomId'

/** Where a resident's photo goes in cloud storage: items/<yyyymm, China time>/<random>.<ext> */
export function photoCloudPath(ext: string, now: Date = new Date()): string {
  return `items/${monthKey(now)}/${randomId(20)}.${ext}`
}

/** The extension of a chosen file's path (mini-program temp paths keep it); jpg when there is none. */
export function extOfPath(path: string): string {
  const match = /\.([A-Za-z0-9]{2,5})(?:[?#].*)?$/.exec(path)
  return match ? match[1].toLowerCase() : 'jpg'
}

const MIME_EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
}

/** The extension for a blob's type (H5 blob: URLs have none in the path). */
export function extOfMime(type: string): string {
  return MIME_EXT[type.toLowerCase()] ?? 'jpg'
}
