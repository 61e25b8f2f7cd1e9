import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffItemSummary } from '../../../../domain/matters/api'
import { formatChinaDate } from '../../../../domain/kernel/time'
import MatterRowTop from '../../../components/StatusTag/MatterRowTop'
import FlagTags from '../../components/FlagTags'

/** One matter in the workbench: number, status, category, the start of what was said, dates, flags. */
export default function QueueRow({ item, showAssignee }: { item: StaffItemSummary; showAssignee: boolean }) {
  const open = () => Taro.navigateTo({ url: `/staff/pages/item/index?id=${encodeURIComponent(item.id)}` })
  return (
    <View className='queue-row card' data-testid='workbench-row' onClick={open}>
      <MatterRowTop block='queue-row' no={item.no} status={item.status} testId='workbench-row-no' />
      <View className='queue-row__category'>
        {item.category}
        <Text className='queue-row__point'>{item.pointName}</Text>
      </View>
      <View className='queue-row__excerpt'>{item.excerpt}</View>
      <FlagTags flags={item.flags} />
      <View className='queue-row__meta'>
        <Text>登记 {formatChinaDate(item.createdAt)}</Text>
        {item.dueAt ? <Text className='queue-row__due'>期限 {formatChinaDate(item.dueAt)}</Text> : null}
      </View>
      {showAssignee ? (
        <View className='queue-row__assignee' data-testid='workbench-row-assignee'>
          负责干部：{item.assignee.name}
        </View>
      ) : null}
    </View>
  )
}
