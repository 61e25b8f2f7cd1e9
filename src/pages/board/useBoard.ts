import { useCallback } from 'react'
import type { BoardEntry, BoardPage } from '../../../domain/board/api'
import { callResident } from '../../api'
import { usePagedList } from '../../hooks/usePagedList'

/** A point's board a page at a time; the headline figures come with the first page. */
export function useBoard(pointCode: string) {
  const list = usePagedList<BoardEntry, BoardPage>()
  const { load } = list
  const refresh = useCallback(
    () => load((cursor) => callResident({ action: 'board.list', pointCode, ...(cursor ? { cursor } : {}) })),
    [load, pointCode],
  )
  return { ...list, refresh }
}
