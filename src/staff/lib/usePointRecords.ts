import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ClientResult } from '../../api/result'
import type { LoadState } from '../../hooks/useLoad'
import { usePagedList, type Page } from '../../hooks/usePagedList'
import { loadMe, type Me } from './me'

interface Sources<Top, Row> {
  /** what waits at the point (the top of the page) */
  top: (pointCode: string) => Promise<ClientResult<Top>>
  /** the point's records, a page at a time */
  rows: (pointCode: string, cursor?: string) => Promise<ClientResult<Page<Row>>>
}

/** A page of records as the server names them (`meetings`, `trips`), as a list's page. */
export const asPage =
  <K extends string>(key: K) =>
  <Row>(r: ClientResult<Record<K, Row[]> & { nextCursor: string | null }>): ClientResult<Page<Row>> =>
    r.ok ? { ok: true, data: { items: r.data[key], nextCursor: r.data.nextCursor } } : r

/**
 * A staff page over one of the caller's points (集中议事, 代理办事): who the caller is,
 * which point (their first to begin with), what waits there and the records made there.
 * Both are read again, quietly, when the page shows again and on pull-down.
 */
export function usePointRecords<Top, Row extends { id: string }>(sources: Sources<Top, Row>) {
  const [me, setMe] = useState<Me | null>(null)
  const [pointCode, setPointCode] = useState<string | null>(null)
  const [top, setTop] = useState<LoadState<Top>>({ status: 'loading' })
  const list = usePagedList<Row, Page<Row>>()
  const { load: loadList } = list
  const sourcesRef = useRef(sources)
  sourcesRef.current = sources

  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return setTop({ status: 'error', error: r.error })
      setMe(r.data)
      setPointCode(r.data.points[0] ?? null)
    })
  }, [])

  const load = useCallback(
    async (code: string, quiet = false) => {
      if (!quiet) setTop({ status: 'loading' })
      const rows = loadList((cursor) => sourcesRef.current.rows(code, cursor), { clear: !quiet })
      const r = await sourcesRef.current.top(code)
      setTop(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error })
      await rows
    },
    [loadList],
  )

  useEffect(() => {
    if (pointCode) void load(pointCode)
  }, [pointCode, load])
  useDidShow(() => void (pointCode && load(pointCode, true)))
  usePullDownRefresh(() => void (pointCode ? load(pointCode, true) : Promise.resolve()).finally(() => Taro.stopPullDownRefresh()))

  const retry = () => void (pointCode && load(pointCode))
  return { me, pointCode, setPointCode, top, list, retry }
}
