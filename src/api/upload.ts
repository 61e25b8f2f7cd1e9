import Taro from '@tarojs/taro'
import { monthKey } from '../../domain/numbering'
import { currentIdentity } from '../lib/identity'
import { randomId } from '../lib/randomId'

export class UploadError extends Error {}

const FAILED = '照片上传失败，请重试'

const MIME_EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
}

/** items/<yyyymm China time>/<random>.<ext> */
export function photoCloudPath(ext: string, now: Date = new Date()): string {
  return `items/${monthKey(now)}/${randomId(20)}.${ext}`
}

function extOfPath(path: string): string {
  const match = /\.([A-Za-z0-9]{2,5})(?:[?#].*)?$/.exec(path)
  return match ? match[1].toLowerCase() : 'jpg'
}

/**
 * Puts a photo the resident chose (a path from Taro.chooseImage) into cloud storage and
 * gives its fileID. `onProgress` gets 0–100 where the platform reports it.
 */
export function uploadPhoto(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  if (process.env.TARO_ENV === 'h5') return uploadToGateway(localPath)
  return uploadToCloud(localPath, onProgress)
}

function uploadToCloud(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: photoCloudPath(extOfPath(localPath)),
      filePath: localPath,
      success: (res) => (res.fileID ? resolve(res.fileID) : reject(new UploadError(FAILED))),
      fail: () => reject(new UploadError(FAILED)),
    })
    if (onProgress) task?.onProgressUpdate?.((p) => onProgress(p.progress))
  })
}

async function uploadToGateway(localPath: string): Promise<string> {
  let res: Response
  let body: { fileID?: unknown; error?: { message?: unknown } } | null
  try {
    const blob = await fetch(localPath).then((r) => r.blob())
    const type = blob.type || 'image/jpeg'
    res = await fetch('/storage/upload', {
      method: 'POST',
      headers: {
        'Content-Type': type,
        'X-Openid': currentIdentity().openid,
        'X-Cloud-Path': photoCloudPath(MIME_EXT[type] ?? 'jpg'),
      },
      body: blob,
    })
    body = await res.json().catch(() => null)
  } catch {
    throw new UploadError('网络不给力，照片没有传上去，请重试')
  }
  if (res.ok && typeof body?.fileID === 'string') return body.fileID
  const message = body?.error?.message
  throw new UploadError(typeof message === 'string' && message ? message : FAILED)
}
