import { randomId } from './randomId'

/**
 * Where a resident's photo goes in cloud storage: `<folder><random>.<ext>`, the folder
 * being the resident's own (`uploads/<openid>/`, named by the resident function, which
 * accepts on a matter only photos from there).
 */
export function photoCloudPath(folder: string, ext: string): string {
  return `${folder}${randomId(20)}.${ext}`
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
