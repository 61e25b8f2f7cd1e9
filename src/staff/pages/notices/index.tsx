import { useCallback, useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffNoticeSummary } from '../../../../domain/notices/api'
import { LEADS } from '../../../../domain/points/roles'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState, LoadingState } from '../../../components/States'
import { usePagedList, type Page } from '../../../hooks/usePagedList'
import PointPicker from '../../components/PointPicker'
import RecordList from '../../components/RecordList'
import { holdsGroup, loadMe, type Me } from '../../lib/me'
import { asPage } from '../../lib/usePointRecords'
import '../../components/staff.scss'
import '../../components/records.scss'

const open = (url: string) => void Taro.navigateTo({ url })

function NoticeRow({ n }: { n: StaffNoticeSummary }) {
  return (
    <View className='rec-row' data-testid='notice-row' role='link' onClick={() => open(`/staff/pages/notices/edit?id=${encodeURIComponent(n.id)}`)}>
      <View className='rec-row__top'>
        <Text>{n.title}</Text>
        <Text className={`rec-status${n.status === 'published' ? '' : ' is-open'}`}>{n.statusLabel}</Text>
      </View>
      <View className='rec-row__meta'>
        关联诉求 {n.linkedCount} 件 · {n.publishedAt ? `${n.publishedAt.slice(0, 10)} 发布` : `${n.updatedAt.slice(0, 10)} 修改`}
      </View>
    </View>
  )
}

/** 公告（公开反馈）: a point's notices, drafts first among the newest; 写公告 opens the editor. */
export default function NoticesPage() {
  const [me, setMe] = useState<Me | null>(null)
  const [pointCode, setPointCode] = useState<string | null>(null)
  const list = usePagedList<StaffNoticeSummary, Page<StaffNoticeSummary>>()
  const { load } = list
  useEffect(() => {
    void loadMe().then((r) => {
      if (!r.ok) return
      setMe(r.data)
      setPointCode(r.data.points[0] ?? null)
    })
  }, [])
  const reload = useCallback(
    () => (pointCode ? load((cursor) => callStaff({ action: 'notices.list', pointCode, ...(cursor ? { cursor } : {}) }).then(asPage('notices'))) : Promise.resolve()),
    [pointCode, load],
  )
  useEffect(() => void reload(), [reload])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))

  if (!me) return <PageShell className='notices-page'><LoadingState /></PageShell>
  if (!holdsGroup(me, LEADS) || list.error?.code === 'FORBIDDEN') {
    return (
      <PageShell className='notices-page'>
        <EmptyState title='公告由本说事点的领导编写和发布' testId='notices-forbidden' />
      </PageShell>
    )
  }
  return (
    <PageShell className='notices-page'>
      <PointPicker points={me.pointsDetail} value={pointCode} onPick={setPointCode} />
      <View className='sf-note'>群众普遍关注的事，写一份公告集中答复：反映了什么、做了什么、下一步怎么办。发布后显示在说事点首页和每件关联诉求上，并告诉提出这些诉求的居民。</View>
      <View className='rec-actions'>
        <Button type='primary' size='large' block data-testid='notice-new' disabled={!pointCode} onClick={() => pointCode && open(`/staff/pages/notices/edit?pointCode=${encodeURIComponent(pointCode)}`)}>
          写公告
        </Button>
      </View>
      <RecordList list={list} testId='notices-list' onRetry={() => void reload()} empty={{ title: '还没有公告', description: '写好的草稿和发布的公告都在这里', testId: 'notices-empty' }}>
        {(n) => <NoticeRow key={n.id} n={n} />}
      </RecordList>
    </PageShell>
  )
}
