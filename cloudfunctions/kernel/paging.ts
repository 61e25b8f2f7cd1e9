/**
 * Offset paging for the lists whose cursor the schema has already checked (digits, at
 * most MAX_OFFSET: domain/kernel/cursors.ts offsetCursor). A page is read with one row more than
 * it shows, which tells whether there is a next one.
 */
import { MAX_OFFSET } from '../../domain/kernel/cursors'
import type { DocumentData, QueryPort } from './port'

export const offsetOf = (cursor: string | undefined): number => (cursor ? Number(cursor) : 0)

export function pageOf<T>(rows: readonly T[], offset: number, size: number): { rows: T[]; nextCursor: string | null } {
  const more = rows.length > size && offset + size < MAX_OFFSET
  return { rows: rows.slice(0, size), nextCursor: more ? String(offset + size) : null }
}

/**
 * The page at `page.cursor` of an ordered query, `page.limit` rows (else `size`), each
 * checked by `read` (the collection's reader) as it enters.
 */
export async function readPage<T>(
  query: QueryPort,
  page: { cursor?: string; limit?: number },
  size: number,
  read: (docs: readonly DocumentData[]) => T[],
): Promise<{ rows: T[]; nextCursor: string | null }> {
  const offset = offsetOf(page.cursor)
  const shown = page.limit ?? size
  const { data } = await query.skip(offset).limit(shown + 1).get()
  return pageOf(read(data), offset, shown)
}
