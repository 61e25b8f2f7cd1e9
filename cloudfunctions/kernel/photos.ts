import { AppError } from './respond'
import type { CloudPort } from './port'

/**
 * Photos live in a folder per uploader: `uploads/<openid>/<name>`. The client picks the
 * cloud path for `wx.cloud.uploadFile`, and the storage rule keeps others from writing
 * over a file, so a file under the caller's own folder is one the caller uploaded. A file
 * id anywhere else — another resident's folder, another environment — is refused, so
 * nobody can attach (and then read through a signed URL) a photo that is not theirs.
 */
export function uploadFolder(openid: string): string {
  return `uploads/${openid}/`
}

const FILE_ID = /^cloud:\/\/([^/]+)\/(.+)$/
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/** Whether `fileID` names a file directly in `openid`'s folder of environment `env`. */
export function isOwnPhoto(fileID: string, env: string, openid: string): boolean {
  const match = FILE_ID.exec(fileID)
  if (!match || !env || !openid) return false
  // CloudBase ids name the bucket after the environment: cloud://<env>.<bucket>/<path>
  const [, host, cloudPath] = match
  if (host !== env && !host.startsWith(`${env}.`)) return false
  const folder = uploadFolder(openid)
  return cloudPath.startsWith(folder) && FILE_NAME.test(cloudPath.slice(folder.length))
}

/** Refuses (INVALID_INPUT) unless every photo is the caller's own; call before anything is read or written. */
export function assertOwnPhotos(cloud: CloudPort, openid: string, fileIDs: readonly string[] | undefined): void {
  const env = cloud.getWXContext().ENV ?? ''
  if ((fileIDs ?? []).some((fileID) => !isOwnPhoto(fileID, env, openid))) {
    throw new AppError('INVALID_INPUT', '照片无效，请重新上传')
  }
}
