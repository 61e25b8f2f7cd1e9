/**
 * Storage on disk: each file's bytes at `<root>/<cloudPath>`, and beside them, under
 * `<metaRoot>/<cloudPath>.json`, who uploaded it and the type its bytes were found to be.
 * Everything is written to a temporary file and moved into place, so a reader never
 * sees half a file.
 */
import { mkdirSync } from 'node:fs'
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Who uploaded a file ('' for a function) and the type its bytes were found to be. */
export interface FileMeta {
  openid: string
  contentType: string
}

export class FileTree {
  private readonly metaRoot: string
  private readonly tempDir: string
  private tempCounter = 0

  constructor(
    readonly root: string,
    dataDir: string,
  ) {
    this.metaRoot = path.join(dataDir, 'storage-meta')
    this.tempDir = path.join(dataDir, '.storage-tmp')
    mkdirSync(root, { recursive: true })
  }

  private fileOf(cloudPath: string): string {
    return path.join(this.root, ...cloudPath.split('/'))
  }

  private metaFileOf(cloudPath: string): string {
    return `${path.join(this.metaRoot, ...cloudPath.split('/'))}.json`
  }

  private async aside(data: Buffer | string): Promise<string> {
    await mkdir(this.tempDir, { recursive: true })
    const temp = path.join(this.tempDir, `${process.pid}-${++this.tempCounter}`)
    await writeFile(temp, data)
    return temp
  }

  private async place(data: Buffer | string, file: string, once: boolean): Promise<void> {
    const temp = await this.aside(data)
    await mkdir(path.dirname(file), { recursive: true })
    if (!once) return rename(temp, file)
    // link() fails with EEXIST when the path is taken: of two uploads racing for it, one wins
    try {
      await link(temp, file)
    } finally {
      await unlink(temp)
    }
  }

  async exists(cloudPath: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(cloudPath))).isFile()
    } catch {
      return false
    }
  }

  async meta(cloudPath: string): Promise<FileMeta | null> {
    try {
      return JSON.parse(await readFile(this.metaFileOf(cloudPath), 'utf8')) as FileMeta
    } catch {
      return null
    }
  }

  /** Writes a file; with `once`, rejects with code EEXIST when the path is taken. */
  async write(cloudPath: string, content: Buffer, meta: FileMeta, once = false): Promise<void> {
    await this.place(content, this.fileOf(cloudPath), once)
    await this.place(JSON.stringify(meta), this.metaFileOf(cloudPath), false)
  }

  /** The bytes of a file; null when there is none. */
  async read(cloudPath: string): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(cloudPath))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return null
      throw err
    }
  }

  /** Whether there was a file to remove. */
  async remove(cloudPath: string): Promise<boolean> {
    try {
      await unlink(this.fileOf(cloudPath))
    } catch {
      return false
    }
    await unlink(this.metaFileOf(cloudPath)).catch(() => undefined)
    return true
  }
}
