import { useCallback } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClueListEntry, DisciplineStaffResponses } from '../../../../domain/discipline/api'
import { formatChinaDate } from '../../../../domain/kernel/time'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import RecordList from '../../components/RecordList'
import '../../components/staff.scss'
// the rows and words of the filer's page, read the same way here
import '../../../pages/discipline/index.scss'
import './index.scss'

function ClueRow({ c }: { c: ClueListEntry }) {
  return (
    <View className='clue-row card' data-testid={`clue-entry-${c.id}`} role='link' onClick={() => void Taro.navigateTo({ url: `/staff/pages/discipline-item/index?id=${encodeURIComponent(c.id)}` })}>
      <View className='clue-row__head'>
        <Text>反映：{c.about}</Text>
        <Text className={`clue-row__state clue-row__state--${c.state}`}>{c.stateLabel}</Text>
      </View>
      <Text className='sf-muted'>
        {formatChinaDate(c.filedAt)} · {c.pointName}
      </Text>
      <Text>{c.excerpt}</Text>
    </View>
  )
}

/** 违纪线索: what was reported to my level from the points below it, newest first. Each opening is recorded. */
export default function DisciplineListPage() {
  const list = usePagedList<ClueListEntry, DisciplineStaffResponses['discipline.list']>()
  const { load } = list
  const reload = useCallback(() => load((cursor) => callStaff({ action: 'discipline.list', ...(cursor ? { cursor } : {}) })), [load])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  if (!list.loaded && list.error?.code === 'FORBIDDEN') {
    return (
      <PageShell className='clue-page'>
        <EmptyState title='违纪线索仅供上级党委联系人查看' testId='clue-forbidden' />
      </PageShell>
    )
  }
  return (
    <PageShell className='clue-page'>
      <View className='discipline-intro'>下级说事点的居民和干部报来的违纪线索。请及时接收、核查，并答复反映人。每次查看都会留有记录。</View>
      <RecordList list={list} testId='clue-queue' onRetry={() => void reload()} empty={{ title: '没有报来的线索', testId: 'clue-queue-empty' }}>
        {(c) => <ClueRow key={c.id} c={c} />}
      </RecordList>
    </PageShell>
  )
}
