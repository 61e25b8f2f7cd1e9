import { useCallback, useEffect } from 'react'
import { View } from '@tarojs/components'
import type { NoticeMatterChoice } from '../../../../domain/notices/api'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import { ErrorState, LoadingState } from '../../../components/States'
import { usePagedList, type Page } from '../../../hooks/usePagedList'
import PickList from '../../components/PickList'
import { asPage } from '../../lib/usePointRecords'

type Choice = NoticeMatterChoice & { id: string }

/** The point's matters, newest first, to tick those the notice answers (more pages on request). */
export default function MatterPicker({ pointCode, selected, error, onChange }: { pointCode: string; selected: string[]; error?: string; onChange: (ids: string[]) => void }) {
  const list = usePagedList<Choice, Page<Choice>>()
  const { load } = list
  const reload = useCallback(
    () =>
      load((cursor) =>
        callStaff({ action: 'notices.matters', pointCode, ...(cursor ? { cursor } : {}) })
          .then(asPage('matters'))
          .then((r) => (r.ok ? { ok: true as const, data: { ...r.data, items: r.data.items.map((m) => ({ ...m, id: m.itemId })) } } : r)),
      ),
    [pointCode, load],
  )
  useEffect(() => void reload(), [reload])
  if (!list.loaded) return list.error ? <ErrorState error={list.error} onRetry={() => void reload()} /> : <LoadingState text='正在读取本点的诉求…' />
  return (
    <View data-testid='notice-matter-picker'>
      <PickList
        label={`答复的诉求（已选 ${selected.length} 件）`}
        hint='公告上只显示编号、类别和月份，不显示居民的姓名、电话、住址和原话'
        items={list.items.map((m) => ({ id: m.itemId, title: `${m.no} ${m.category}`, detail: m.excerpt }))}
        selected={selected}
        error={error}
        onChange={onChange}
      />
      <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
    </View>
  )
}
