/**
 * Paging cursors, opaque to the client and checked by the schemas before anything is
 * read: a forged one is INVALID_INPUT, never a query with an impossible date.
 */
import * as z from 'zod/mini'

/** The instants a stored record can have: the product did not exist before 2020. */
export const EARLIEST_MS = Date.UTC(2020, 0, 1)
export const LATEST_MS = Date.UTC(2100, 0, 1)
/** How far the workbench pages by offset (CloudBase's skip gets slow beyond). */
export const MAX_OFFSET = 1000

const MESSAGE = '分页参数无效，请刷新后重试'

/** 我的: after (createdAt, seq), newest first. Written `<epoch ms>.<seq>`. */
export interface TimeCursor {
  t: number
  seq: number
}

export function encodeTimeCursor(c: TimeCursor): string {
  return `${c.t}.${c.seq}`
}

export function parseTimeCursor(raw: string): TimeCursor | null {
  const m = /^(\d{13})\.(\d{1,9})$/.exec(raw)
  if (!m) return null
  const t = Number(m[1])
  const seq = Number(m[2])
  if (t < EARLIEST_MS || t > LATEST_MS || seq < 1) return null
  return { t, seq }
}

export const timeCursor = z.optional(
  z.string({ error: MESSAGE }).check(z.refine((s) => parseTimeCursor(s) !== null, MESSAGE)),
)

/** 工作台: an offset into the tab, at most MAX_OFFSET. */
export const offsetCursor = z.optional(
  z.string({ error: MESSAGE }).check(
    z.regex(/^(0|[1-9]\d{0,3})$/, MESSAGE),
    z.refine((s) => Number(s) <= MAX_OFFSET, MESSAGE),
  ),
)
