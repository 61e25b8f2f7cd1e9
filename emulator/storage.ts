/**
 * Local CloudBase storage: files under `<dataDir>/storage/<cloudPath>`, with
 * wx-server-sdk's uploadFile / getTempFileURL / downloadFile / deleteFile contracts.
 * File ids look like `cloud://<envId>/<cloudPath>`; temporary URLs point at the HTTP
 * gateway (`<publicBaseUrl>/storage/<cloudPath>?sign=…&t=…`), which serves the bytes
 * through `read()`. Each file's uploader and type (found from its bytes) are kept beside
 * it under `<dataDir>/storage-meta/`. Functions write anything anywhere, as the server
 * SDK may; the mini-program's uploads (`clientUpload`) answer to storage.rules.json,
 * write a path once, and must be JPEG, PNG or WebP images.
 */
import { createHmac, randomBytes } from 'node:crypto'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { ICloud } from 'wx-server-sdk'
import { ERR, cloudError } from './db/errors'
import { imageTypeOf, servedTypeOf } from './storage-content'
import { FileTree } from './storage-files'
import { compileRules, type StorageRules } from './storage-rules'

export interface StorageOptions {
  dataDir: string
  envId: string
  /** Where the gateway is reachable, e.g. http://127.0.0.1:10086 */
  publicBaseUrl: string
  /** Upload size limit; 10 MB unless set. */
  maxFileBytes?: number
  /** The local cloud's clock: temporary URLs expire by it. */
  now?: () => Date
  /** The storage security rules; the repository's storage.rules.json unless set. */
  rules?: StorageRules
}

export type RefusalReason = 'bad-path' | 'too-big' | 'not-image' | 'forbidden' | 'exists'

/** Why a mini-program upload was refused; the message is for the person uploading. */
export class UploadRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message)
  }
}

export interface StoredFile {
  content: Buffer
  contentType: string
}

export interface DeleteFileResult {
  fileList: Array<{ fileID: string; status: number; errMsg: string }>
  errMsg: string
}

export const MAX_CLOUD_PATH_LENGTH = 200
/** CloudBase handles at most 50 files per getTempFileURL / deleteFile call. */
export const MAX_FILES_PER_CALL = 50
/** Validity of a temporary URL unless the caller asks otherwise (seconds). */
export const DEFAULT_MAX_AGE = 86400

const CLOUD_PATH = /^[A-Za-z0-9._\-/]+$/

/** Why a cloud path is refused, or null when it is fine. */
export function cloudPathProblem(cloudPath: unknown): string | null {
  if (typeof cloudPath !== 'string' || cloudPath === '') return 'cloudPath must be a non-empty string'
  if (cloudPath.length > MAX_CLOUD_PATH_LENGTH) return `cloudPath is longer than ${MAX_CLOUD_PATH_LENGTH} characters`
  if (!CLOUD_PATH.test(cloudPath)) return 'cloudPath may contain only letters, digits and . _ - /'
  if (cloudPath.startsWith('/')) return 'cloudPath may not start with /'
  if (cloudPath.endsWith('/')) return 'cloudPath may not end with /'
  if (cloudPath.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) {
    return "cloudPath may not contain empty, '.' or '..' segments"
  }
  return null
}

/** A call's `fileList` as CloudBase takes it: a non-empty array of at most MAX_FILES_PER_CALL. */
function fileListOf<T>(call: string, list: T[] | undefined): T[] {
  if (!Array.isArray(list) || list.length === 0) throw cloudError(call, ERR.INVALID_PARAM, 'fileList must be a non-empty array')
  if (list.length > MAX_FILES_PER_CALL) throw cloudError(call, ERR.INVALID_PARAM, `fileList may hold at most ${MAX_FILES_PER_CALL} files`)
  return list
}

function isReadable(v: unknown): v is Readable {
  return typeof v === 'object' && v !== null && typeof (v as Readable).pipe === 'function' && Symbol.asyncIterator in v
}

export class LocalStorage {
  private readonly files: FileTree
  private readonly allows: ReturnType<typeof compileRules>
  private readonly maxFileBytes: number
  /** Signs temporary URLs; a new one per process, so old URLs stop working on restart. */
  private readonly secret = randomBytes(32)

  constructor(private readonly options: StorageOptions) {
    this.files = new FileTree(path.join(options.dataDir, 'storage'), options.dataDir)
    this.allows = compileRules(options.rules)
    this.maxFileBytes = options.maxFileBytes ?? 10 * 1024 * 1024
  }


  private nowMs(): number {
    return this.options.now ? this.options.now().getTime() : Date.now()
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.options.envId}/${cloudPath}`
  }

  /** The cloud path inside a file id of this environment, or null. */
  cloudPathOf(fileID: unknown): string | null {
    const prefix = `cloud://${this.options.envId}/`
    if (typeof fileID !== 'string' || !fileID.startsWith(prefix)) return null
    const cloudPath = fileID.slice(prefix.length)
    return cloudPathProblem(cloudPath) ? null : cloudPath
  }

  private async contentOf(fileContent: unknown): Promise<Buffer> {
    const tooBig = () => cloudError('uploadFile', ERR.INVALID_PARAM, `fileContent is larger than ${this.maxFileBytes} bytes`)
    if (Buffer.isBuffer(fileContent) || fileContent instanceof Uint8Array) {
      if (fileContent.length > this.maxFileBytes) throw tooBig()
      return Buffer.from(fileContent)
    }
    if (isReadable(fileContent)) {
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of fileContent) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
        size += buf.length
        if (size > this.maxFileBytes) throw tooBig()
        chunks.push(buf)
      }
      return Buffer.concat(chunks)
    }
    throw cloudError('uploadFile', ERR.INVALID_PARAM, 'fileContent must be a Buffer or a readable stream')
  }

  async uploadFile(param: ICloud.UploadFileParam): Promise<ICloud.UploadFileResult> {
    const cloudPath = param?.cloudPath
    const problem = cloudPathProblem(cloudPath)
    if (problem) throw cloudError('uploadFile', ERR.INVALID_PARAM, problem)
    const content = await this.contentOf(param.fileContent)
    await this.files.write(cloudPath, content, { openid: '', contentType: servedTypeOf(content) })
    return { fileID: this.fileIdOf(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' }
  }

  /** An upload from the mini-program user `openid` (wx.cloud.uploadFile); gives the fileID. */
  async clientUpload(openid: string, cloudPath: string, content: Buffer): Promise<string> {
    const problem = cloudPathProblem(cloudPath)
    if (problem) throw new UploadRefused('bad-path', `上传路径无效：${problem}`)
    if (content.length > this.maxFileBytes) throw new UploadRefused('too-big', `图片太大，最大 ${this.maxFileBytes} 字节`)
    const contentType = imageTypeOf(content)
    if (!contentType) throw new UploadRefused('not-image', '只能上传 JPEG、PNG 或 WebP 格式的图片')
    const existing = (await this.files.exists(cloudPath)) ? ((await this.files.meta(cloudPath)) ?? { openid: '' }) : null
    // a new file belongs to whoever uploads it; an existing one to its uploader
    const resource = { openid: existing ? existing.openid : openid }
    if (!this.allows('write', { auth: { openid }, resource })) throw new UploadRefused('forbidden', '无权写入这个路径')
    const taken = new UploadRefused('exists', '这个路径已有文件，不能覆盖')
    if (existing) throw taken
    try {
      await this.files.write(cloudPath, content, { openid, contentType }, true)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw taken
      throw err
    }
    return this.fileIdOf(cloudPath)
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex').slice(0, 32)
  }

  /** Whether `sign` and `t` (from a temporary URL) are valid for the path and not expired. */
  verifyTempUrl(cloudPath: string, sign: string | null, t: string | null, now = this.nowMs()): boolean {
    const expires = Number(t)
    if (!sign || !Number.isInteger(expires) || expires * 1000 < now) return false
    return sign === this.sign(cloudPath, expires)
  }

  async getTempFileURL(param: ICloud.GetTempFileURLParam): Promise<ICloud.GetTempFileURLResult> {
    const list = fileListOf('getTempFileURL', param?.fileList)
    const fileList = await Promise.all(
      list.map(async (entry) => {
        const fileID = typeof entry === 'string' ? entry : entry?.fileID
        const maxAge = typeof entry === 'object' && entry?.maxAge !== undefined ? entry.maxAge : DEFAULT_MAX_AGE
        const cloudPath = this.cloudPathOf(fileID)
        if (!cloudPath) return { fileID: String(fileID), tempFileURL: '', maxAge, status: -1, errMsg: 'invalid fileID' }
        if (!Number.isInteger(maxAge) || maxAge <= 0) {
          return { fileID, tempFileURL: '', maxAge, status: -1, errMsg: 'maxAge must be a positive integer' }
        }
        if (!(await this.files.exists(cloudPath))) {
          return { fileID, tempFileURL: '', maxAge, status: -1, errMsg: 'STORAGE_FILE_NONEXIST: file does not exist' }
        }
        const expires = Math.floor(this.nowMs() / 1000) + maxAge
        const url = `${this.options.publicBaseUrl}/storage/${cloudPath}?sign=${this.sign(cloudPath, expires)}&t=${expires}`
        return { fileID, tempFileURL: url, maxAge, status: 0, errMsg: 'ok' }
      }),
    )
    return { fileList, errMsg: 'getTempFileURL:ok' }
  }

  async downloadFile(param: ICloud.DownloadFileParam): Promise<ICloud.DownloadFileResult> {
    const cloudPath = this.cloudPathOf(param?.fileID)
    if (!cloudPath) throw cloudError('downloadFile', ERR.INVALID_PARAM, `invalid fileID ${String(param?.fileID)}`)
    const file = await this.read(cloudPath)
    if (!file) throw cloudError('downloadFile', ERR.STORAGE_FILE_NONEXIST, `${param.fileID} does not exist`)
    return { fileContent: file.content, statusCode: 200, errMsg: 'downloadFile:ok' }
  }

  async deleteFile(param: { fileList: string[] }): Promise<DeleteFileResult> {
    const list = fileListOf('deleteFile', param?.fileList)
    const fileList = await Promise.all(
      list.map(async (fileID) => {
        const cloudPath = this.cloudPathOf(fileID)
        if (!cloudPath) return { fileID: String(fileID), status: -1, errMsg: 'invalid fileID' }
        return (await this.files.remove(cloudPath))
          ? { fileID, status: 0, errMsg: 'ok' }
          : { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST: file does not exist' }
      }),
    )
    return { fileList, errMsg: 'deleteFile:ok' }
  }

  /** The bytes and content type of a stored file; null when missing or the path is invalid. */
  async read(cloudPath: string): Promise<StoredFile | null> {
    if (cloudPathProblem(cloudPath)) return null
    const content = await this.files.read(cloudPath)
    if (!content) return null
    return { content, contentType: (await this.files.meta(cloudPath))?.contentType ?? servedTypeOf(content) }
  }
}

export function createStorage(options: StorageOptions): LocalStorage {
  return new LocalStorage(options)
}
