/**
 * Local CloudBase storage: files under `<dataDir>/storage/<cloudPath>`, with
 * wx-server-sdk's uploadFile / getTempFileURL / downloadFile / deleteFile contracts.
 * File ids look like `cloud://<envId>/<cloudPath>`; temporary URLs point at the HTTP
 * gateway (`<publicBaseUrl>/storage/<cloudPath>?sign=…&t=…`), which serves the bytes
 * through `read()`.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { ICloud } from 'wx-server-sdk'
import { ERR, cloudError } from './db/errors'

export interface StorageOptions {
  dataDir: string
  envId: string
  /** Where the gateway is reachable, e.g. http://127.0.0.1:10086 */
  publicBaseUrl: string
  /** Upload size limit; 10 MB unless set. */
  maxFileBytes?: number
  /** The local cloud's clock: temporary URLs expire by it. */
  now?: () => Date
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

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
}

export function contentTypeOf(cloudPath: string): string {
  return CONTENT_TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream'
}

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

function isReadable(v: unknown): v is Readable {
  return typeof v === 'object' && v !== null && typeof (v as Readable).pipe === 'function' && Symbol.asyncIterator in v
}

export class LocalStorage {
  readonly root: string
  private readonly tempDir: string
  private readonly maxFileBytes: number
  /** Signs temporary URLs; a new one per process, so old URLs stop working on restart. */
  private readonly secret = randomBytes(32)
  private tempCounter = 0

  constructor(private readonly options: StorageOptions) {
    this.root = path.join(options.dataDir, 'storage')
    this.tempDir = path.join(options.dataDir, '.storage-tmp')
    this.maxFileBytes = options.maxFileBytes ?? 10 * 1024 * 1024
    mkdirSync(this.root, { recursive: true })
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

  private fileOf(cloudPath: string): string {
    return path.join(this.root, ...cloudPath.split('/'))
  }

  private async exists(cloudPath: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(cloudPath))).isFile()
    } catch {
      return false
    }
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
    const file = this.fileOf(cloudPath)
    // Written aside and renamed into place: a reader never sees half a file.
    await mkdir(this.tempDir, { recursive: true })
    await mkdir(path.dirname(file), { recursive: true })
    const temp = path.join(this.tempDir, `${process.pid}-${++this.tempCounter}`)
    await writeFile(temp, content)
    await rename(temp, file)
    return { fileID: this.fileIdOf(cloudPath), statusCode: 200, errMsg: 'uploadFile:ok' }
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
    const list = param?.fileList
    if (!Array.isArray(list) || list.length === 0) throw cloudError('getTempFileURL', ERR.INVALID_PARAM, 'fileList must be a non-empty array')
    if (list.length > MAX_FILES_PER_CALL) {
      throw cloudError('getTempFileURL', ERR.INVALID_PARAM, `fileList may hold at most ${MAX_FILES_PER_CALL} files`)
    }
    const fileList = await Promise.all(
      list.map(async (entry) => {
        const fileID = typeof entry === 'string' ? entry : entry?.fileID
        const maxAge = typeof entry === 'object' && entry?.maxAge !== undefined ? entry.maxAge : DEFAULT_MAX_AGE
        const cloudPath = this.cloudPathOf(fileID)
        if (!cloudPath) return { fileID: String(fileID), tempFileURL: '', maxAge, status: -1, errMsg: 'invalid fileID' }
        if (!Number.isInteger(maxAge) || maxAge <= 0) {
          return { fileID, tempFileURL: '', maxAge, status: -1, errMsg: 'maxAge must be a positive integer' }
        }
        if (!(await this.exists(cloudPath))) {
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
    const list = param?.fileList
    if (!Array.isArray(list) || list.length === 0) throw cloudError('deleteFile', ERR.INVALID_PARAM, 'fileList must be a non-empty array')
    if (list.length > MAX_FILES_PER_CALL) {
      throw cloudError('deleteFile', ERR.INVALID_PARAM, `fileList may hold at most ${MAX_FILES_PER_CALL} files`)
    }
    const fileList = await Promise.all(
      list.map(async (fileID) => {
        const cloudPath = this.cloudPathOf(fileID)
        if (!cloudPath) return { fileID: String(fileID), status: -1, errMsg: 'invalid fileID' }
        try {
          await unlink(this.fileOf(cloudPath))
          return { fileID, status: 0, errMsg: 'ok' }
        } catch {
          return { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST: file does not exist' }
        }
      }),
    )
    return { fileList, errMsg: 'deleteFile:ok' }
  }

  /** The bytes and content type of a stored file; null when missing or the path is invalid. */
  async read(cloudPath: string): Promise<StoredFile | null> {
    if (cloudPathProblem(cloudPath)) return null
    try {
      const content = await readFile(this.fileOf(cloudPath))
      return { content, contentType: contentTypeOf(cloudPath) }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return null
      throw err
    }
  }
}

export function createStorage(options: StorageOptions): LocalStorage {
  return new LocalStorage(options)
}
