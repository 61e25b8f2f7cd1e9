import { deflateSync } from 'node:zlib'

// ---- a small PNG for wxacode (not a real QR code) ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A grayscale PNG of a QR-like pattern (three finder squares, modules from a hash of `seed`). */
export function patternPng(seed: string, modules = 25, scale = 8): Buffer {
  let h = 2166136261
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0
  const next = () => {
    h ^= h << 13
    h ^= h >>> 17
    h ^= h << 5
    return (h >>> 0) / 4294967296
  }
  const finder = (x: number, y: number) => {
    for (const [fx, fy] of [[0, 0], [modules - 7, 0], [0, modules - 7]]) {
      const dx = x - fx
      const dy = y - fy
      if (dx >= 0 && dx < 7 && dy >= 0 && dy < 7) {
        const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3))
        return ring !== 2
      }
    }
    return null
  }
  const quiet = 4
  const size = (modules + quiet * 2) * scale
  const rows: Buffer[] = []
  const dark: boolean[][] = []
  for (let y = 0; y < modules; y++) {
    dark.push([])
    for (let x = 0; x < modules; x++) dark[y].push(finder(x, y) ?? next() < 0.5)
  }
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(size + 1, 255)
    row[0] = 0 // filter: none
    const my = Math.floor(py / scale) - quiet
    for (let px = 0; px < size; px++) {
      const mx = Math.floor(px / scale) - quiet
      if (my >= 0 && my < modules && mx >= 0 && mx < modules && dark[my][mx]) row[px + 1] = 0
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}
