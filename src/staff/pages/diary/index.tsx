import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { VisitMonth, VisitRow as Row } from '../../../../domain/diary/api'
import { chinaMonth } from '../../../../domain/diary/visits'
import type { ClientResult } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import { readParam } from '../../../lib/params'
import MonthPicker, { monthWords } from './MonthPicker'
import { MyStanding, TeamProgress } from './Standing'
import LeaderQuota from './LeaderQuota'
import VisitRow from './VisitRow'
import '../../components/staff.scss'
import './diary.scss'

type Page = { items: Row[]; nextCursor: string | null }

/**
 * 民情日记 (?cadre=&name=&month=): this month's 走访 against the quota, a leader's 走访进度,
 * and the diary by month. Without `cadre`, the caller's own; a leader may open a cadre's.
 */
export default function DiaryPage() {
  const params = useRouter().params
  const cadre = readParam(params.cadre)
  const cadreName = readParam(params.name)
  const thisMonth = chinaMonth(new Date())
  const [month, setMonth] = useState(readParam(params.month) ?? thisMonth)
  const [standing, setStanding] = useState<VisitMonth | null>(null)
  const list = usePagedList<Row, Page>()
  const { load: loadList } = list

  const load = useCallback(
    (m: string, clear: boolean) => {
      const fetchPage = async (cursor?: string): Promise<ClientResult<Page>> => {
        const reply = await callStaff({ action: 'visits.list', month: m, ...(cadre ? { cadre } : {}), ...(cursor ? { cursor } : {}) })
        return reply.ok ? { ok: true, data: { items: reply.data.visits, nextCursor: reply.data.nextCursor } } : reply
      }
      return loadList(fetchPage, { clear })
    },
    [cadre, loadList],
  )
  const loadStanding = useCallback(async () => {
    if (cadre) return
    const reply = await callStaff({ action: 'visits.month' })
    if (reply.ok) setStanding(reply.data)
  }, [cadre])

  // on every show: back from writing an entry, the list and the count include it
  useDidShow(() => {
    void load(month, false)
    void loadStanding()
  })
  usePullDownRefresh(() => void Promise.all([load(month, false), loadStanding()]).finally(() => Taro.stopPullDownRefresh()))

  const pickMonth = (m: string) => {
    if (m === month) return
    setMonth(m)
    void load(m, true)
  }

  let body
  if (!list.loaded && list.error) body = <ErrorState error={list.error} onRetry={() => void load(month, true)} />
  else if (!list.loaded) body = <LoadingState />
  else if (list.items.length === 0)
    body = <EmptyState title={`${monthWords(month)}还没有民情日记`} description={cadre ? undefined : '走访后点「写日记」记下来'} testId='diary-empty' />
  else
    body = (
      <View data-testid='diary-list'>
        {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} /> : null}
        {list.items.map((v) => (
          <VisitRow key={v.id} visit={v} />
        ))}
        <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </View>
    )

  return (
    <PageShell className='diary-page'>
      {cadre ? (
        <View className='sf-note' data-testid='diary-of-cadre'>
          {cadreName ?? '这位干部'}的民情日记。日记内容保密，您的每次查看都会记录在案。
        </View>
      ) : (
        <>
          <View className='diary-actions'>
            <Button type='primary' size='large' data-testid='diary-write' onClick={() => Taro.navigateTo({ url: '/staff/pages/visit-new/index' })}>
              写日记
            </Button>
          </View>
          {standing ? <LeaderQuota month={standing} /> : null}
          {standing ? <MyStanding month={standing} /> : null}
          {standing ? <TeamProgress month={standing} /> : null}
        </>
      )}
      <MonthPicker value={month} max={thisMonth} onChange={pickMonth} />
      {body}
    </PageShell>
  )
}
