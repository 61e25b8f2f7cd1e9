/**
 * One line of the database's files (log-store.ts): `<crc32 hex> <json>\n`, the JSON in
 * relaxed EJSON (Dates as {"$date": …}); a line whose checksum does not match is torn.
 */
import { crc32 } from 'node:zlib'
import { EJSON } from './sdk'

export const encode = (v: object) => EJSON.stringify(v, { relaxed: true })
export const decode = (text: string) => EJSON.parse(text, { relaxed: true }) as unknown

export function frame(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`
}

export function unframe(line: string): string | null {
  const json = line.slice(9)
  if (line[8] !== ' ' || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return null
  return json
}
