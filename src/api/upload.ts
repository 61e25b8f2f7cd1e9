import Taro from '@tarojs/taro'
import { currentIdentity } from '../lib/identity'
import { extOfMime, extOfPath, photoCloudPath } from '../lib/photoPath'

export class UploadError extends Error {}

const FAILED = '照片上传失败，请重试'

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
        'X-Cloud-Path': photoCloudPath(extOfMime(type)),
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
