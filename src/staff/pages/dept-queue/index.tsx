import { useCallback } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DepartmentQueueEntry, DepartmentResponses } from '../../../../domain/departments/api'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { EmptyState } from '../../../components/States'
import { usePagedList } from '../../../hooks/usePagedList'
import EntryLink from '../../components/EntryLink'
import RecordList from '../../components/RecordList'
import '../../components/staff.scss'
import '../dept-item/index.scss'

function QueueRow({ e }: { e: DepartmentQueueEntry }) {
  const a = e.assignment
  return (
    <View
      className='dept-row'
      data-testid={`dept-row-${e.id}`}
      role='link'
      onClick={() => void Taro.navigateTo({ url: `/staff/pages/dept-item/index?id=${encodeURIComponent(e.id)}` })}
    >
      <View className='dept-row__head'>
        <Text className='dept-row__no'>{e.no}</Text>
        <Text className={`dept-tag${a.overdue ? ' dept-tag--late' : ''}`}>{a.overdue ? '已逾期' : a.stateLabel}</Text>
      </View>
      <Text className='dept-row__text'>
        {a.departmentName} · {e.category} · {e.pointName}
      </Text>
      <Text className='dept-row__text'>办理期限 {chineseDayOf(a.dueAt.slice(0, 10))}</Text>
      <Text className='sf-muted'>交办要求：{a.request}</Text>
    </View>
  )
}

/** 部门待办: what was 交办 to my departments and is not yet answered or sent back, nearest deadline first. */
export default function DeptQueuePage() {
  const list = usePagedList<DepartmentQueueEntry, DepartmentResponses['dept.queue']>()
  const { load } = list
  const reload = useCallback(() => load((cursor) => callStaff({ action: 'dept.queue', ...(cursor ? { cursor } : {}) })), [load])
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  if (!list.loaded && list.error?.code === 'FORBIDDEN') {
    return (
      <PageShell className='dept-page'>
        <EmptyState title='部门待办仅供部门工作人员使用' testId='dept-forbidden' />
      </PageShell>
    )
  }
  return (
    <PageShell className='dept-page'>
      <View className='dept-intro'>上级交办给本部门的事项。请在期限内答复；不属于本部门的，请说明理由退回。</View>
      <EntryLink title='本部门的交办数字' sub='收到、按期答复、退回、逾期' url='/staff/pages/dept-figures/index' testId='dept-figures-entry' />
      <RecordList list={list} testId='dept-queue' onRetry={() => void reload()} empty={{ title: '没有待办的交办事项', description: '交办给本部门的事会出现在这里', testId: 'dept-empty' }}>
        {(e) => <QueueRow key={e.id} e={e} />}
      </RecordList>
    </PageShell>
  )
}
