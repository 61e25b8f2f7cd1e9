export { callResident, type ResidentResult } from './resident'
export { uploadPhoto, UploadError } from './upload'
export type { ClientError, ClientErrorCode, ClientResult } from './result'
