/** File helpers the local cloud's stand-ins share. */
import { rename, unlink, writeFile } from 'node:fs/promises'

let tempCounter = 0

/** Writes `data` to `file` so that readers see the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (err) {
    await unlink(temp).catch(() => undefined)
    throw err
  }
}
