import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ListFooter from '../../components/ListFooter'
import MessagesEntry from '../../components/MessagesEntry'
import PageShell from '../../components/PageShell'
import { StaffEntry, StaffJoinLink, useStaffStatus } from '../../components/StaffEntry'
import { EmptyState, ErrorState, InlineAlert, LoadingState } from '../../components/States'
import MineRow from './MineRow'
import MyBookings from './MyBookings'
import MyHomeVisits from './MyHomeVisits'
import { useMyBookings } from './useMyBookings'
import { useMyHomeVisits } from './useMyHomeVisits'
import { useMyItems } from './useMyItems'
import './index.scss'

/** 我的: my bookings and 上门走访 requests (when there are any), then the matters I raised, newest first. */
export default function MinePage() {
  const mine = useMyItems()
  const staff = useStaffStatus()
  const bookings = useMyBookings()
  const homeVisits = useMyHomeVisits()

  // On every show, so a matter just registered is in the list when the resident comes here
  // (and a cadre who just joined finds the 工作台 entry).
  useDidShow(() => {
    void mine.refresh()
    void bookings.refresh()
    void homeVisits.refresh()
    void staff.check()
  })
  usePullDownRefresh(() => void Promise.all([mine.refresh(), bookings.refresh(), homeVisits.refresh()]).finally(() => Taro.stopPullDownRefresh()))

  const goSubmit = () => Taro.switchTab({ url: '/pages/index/index' })

  let body
  if (!mine.loaded && mine.error) body = <ErrorState error={mine.error} onRetry={mine.refresh} />
  else if (!mine.loaded) body = <LoadingState />
  else if (mine.items.length === 0)
    body = (
      <EmptyState
        title='您还没有说过事'
        testId='mine-empty'
        action={
          <Button type='primary' size='large' data-testid='mine-go-submit' onClick={goSubmit}>
            去首页说事
          </Button>
        }
      />
    )
  else
    body = (
      <View className='mine__list' data-testid='mine-list'>
        <View className='section-title'>我说过的事（最新的在前）</View>
        {mine.error ? <InlineAlert message={`刷新失败：${mine.error.message}`} testId='mine-refresh-error' /> : null}
        {mine.items.map((item) => (
          <MineRow key={item.id} item={item} />
        ))}
        <ListFooter more={Boolean(mine.nextCursor)} loading={mine.loadingMore} error={mine.moreError} onMore={mine.loadMore} errorTestId='mine-more-error' />
      </View>
    )

  return (
    <PageShell className='mine-page'>
      <StaffEntry status={staff.status} />
      <MessagesEntry box='resident' />
      <MyBookings list={bookings} />
      <MyHomeVisits list={homeVisits} />
      {body}
      <View className='mine__clues' data-testid='mine-clues' onClick={() => void Taro.navigateTo({ url: '/pages/discipline/index' })}>
        反映违纪问题（报上级党委）›
      </View>
      <StaffJoinLink status={staff.status} />
    </PageShell>
  )
}
