import Taro from '@tarojs/taro'
import { currentIdentity } from '../lib/identity'
import { extOfMime, extOfPath, photoCloudPath } from '../lib/photoPath'
import { callResident } from './resident'

export class UploadError extends Error {}

const FAILED = '照片上传失败，请重试'

/**
 * Puts a photo the resident chose (a path from Taro.chooseImage) into cloud storage and
 * gives its fileID. `onProgress` gets 0–100 where the platform reports it.
 */
export async function uploadPhoto(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const folder = await ownFolder()
  if (process.env.TARO_ENV === 'h5') return uploadToGateway(folder, localPath)
  return uploadToCloud(folder, localPath, onProgress)
}

let folderOf: { who: string; folder: Promise<string> } | null = null

/** The resident's own upload folder, asked of the resident function once per identity. */
function ownFolder(): Promise<string> {
  // the H5 switcher can change who you are; the mini-program's user never changes
  const who = process.env.TARO_ENV === 'h5' ? currentIdentity().openid : 'wx'
  if (folderOf?.who === who) return folderOf.folder
  const asked = {
    who,
    folder: callResident({ action: 'upload.folder' }).then((r) => {
      if (r.ok) return r.data.folder
      if (folderOf === asked) folderOf = null // ask again next time
      throw new UploadError(r.error.code === 'NETWORK' ? '网络不给力，照片没有传上去，请重试' : FAILED)
    }),
  }
  folderOf = asked
  return asked.folder
}

function uploadToCloud(folder: string, localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: photoCloudPath(folder, extOfPath(localPath)),
      filePath: localPath,
      success: (res) => (res.fileID ? resolve(res.fileID) : reject(new UploadError(FAILED))),
      fail: () => reject(new UploadError(FAILED)),
    })
    if (onProgress) task?.onProgressUpdate?.((p) => onProgress(p.progress))
  })
}

async function uploadToGateway(folder: string, localPath: string): Promise<string> {
  let res: Response
  let body: { fileID?: unknown; error?: { message?: unknown } } | null
  try {
    const blob = await fetch(localPath).then((r) => r.blob())
    // the gateway goes by the bytes; the type only names the file
    const type = blob.type || 'image/jpeg'
    res = await fetch('/storage/upload', {
      method: 'POST',
      headers: {
        'Content-Type': type,
        'X-Openid': currentIdentity().openid,
        'X-Cloud-Path': photoCloudPath(folder, extOfMime(type)),
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
