import { useCallback, useEffect } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { FigureItem, FigureItemsPage, MatterSet } from '../../../../domain/figures/api'
import { MATTER_SETS } from '../../../../domain/figures/figures'
import { chineseDate } from '../../../../domain/kernel/display-dates'
import type { ClientResult } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import ListFooter from '../../../components/ListFooter'
import PageShell from '../../../components/PageShell'
import MatterRowTop from '../../../components/StatusTag/MatterRowTop'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import { readParam } from '../../../lib/params'
import { FIGURE_LABELS, periodWords } from '../../lib/figuresText'
import '../../components/staff.scss'
import '../figures/figures.scss'

type Page = { items: FigureItem[]; nextCursor: string | null }

/** Rows per page: a phone's few screens, each read from the period's matters in order. */
const PAGE_SIZE = 10

/** One matter behind a figure: number, status, category, point, who holds it; the contact masked. */
function Row({ item }: { item: FigureItem }) {
  return (
    <View
      className='card'
      data-testid='figure-item'
      role='link'
      onClick={() => void Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(item.id)}` })}
    >
      <MatterRowTop block='fg-item' no={item.no} status={item.status} testId='figure-item-no' />
      <View className='fg-item__line'>
        {item.category} · {item.pointName}
      </View>
      <View className='fg-item__line' data-testid='figure-item-contact'>
        {item.name} {item.phone}
      </View>
      <View className='sf-muted'>
        {chineseDate(item.createdAt)}登记 · 负责干部：{item.assigneeName}
      </View>
    </View>
  )
}

/** The matters behind one figure of 数字 (?figure=&from=&to=&node=&point=&cadre=), page by page. */
export default function FigureItemsPage() {
  const params = useRouter().params
  const raw = readParam(params.figure)
  const figure = MATTER_SETS.find((s) => s === raw) ?? null
  const from = readParam(params.from) ?? ''
  const to = readParam(params.to) ?? ''
  const point = readParam(params.point)
  const cadre = readParam(params.cadre)
  const node = readParam(params.node)
  const list = usePagedList<FigureItem, Page>()
  const { load: loadList } = list

  const load = useCallback(() => {
    if (!figure) return Promise.resolve()
    const fetchPage = async (cursor?: string): Promise<ClientResult<Page>> => {
      const reply = await callStaff({
        action: 'figures.items',
        figure: figure as MatterSet,
        from,
        to,
        ...(node ? { node } : {}),
        ...(point ? { pointCode: point } : {}),
        ...(cadre ? { cadre } : {}),
        ...(cursor ? { cursor } : {}),
        limit: PAGE_SIZE,
      })
      return reply.ok ? { ok: true, data: { items: reply.data.items, nextCursor: reply.data.nextCursor } } : reply
    }
    return loadList(fetchPage)
  }, [figure, from, to, node, point, cadre, loadList])

  useEffect(() => void load(), [load])
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  let body
  if (!figure) body = <EmptyState title='没有这一项数字' description='请回到「数字」重新打开' testId='figure-items-unknown' />
  else if (!list.loaded && list.error) body = <ErrorState error={list.error} onRetry={() => void load()} />
  else if (!list.loaded) body = <LoadingState />
  else if (list.items.length === 0) body = <EmptyState title='这一项没有诉求' testId='figure-items-empty' />
  else
    body = (
      <View data-testid='figure-items'>
        {list.error ? <InlineAlert message={`刷新失败：${list.error.message}`} /> : null}
        {list.items.map((item) => (
          <Row key={item.id} item={item} />
        ))}
        <ListFooter more={Boolean(list.nextCursor)} loading={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </View>
    )

  return (
    <PageShell className='figure-items-page'>
      <View className='card fg-items-head'>
        <View className='fg-items-head__title' data-testid='figure-items-title'>
          {figure ? FIGURE_LABELS[figure] : ''}
        </View>
        {from && to ? <View>{periodWords({ from, to })} 登记的诉求；联系方式已隐去部分</View> : null}
      </View>
      {body}
    </PageShell>
  )
}
