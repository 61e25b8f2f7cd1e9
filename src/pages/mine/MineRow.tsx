import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ItemSummary } from '../../../domain/api'
import { formatChinaDate } from '../../../domain/time'
import StatusTag from '../../components/StatusTag'

/** One of my matters: number, status, category and date; tap for the details. */
export default function MineRow({ item }: { item: ItemSummary }) {
  const open = () => Taro.navigateTo({ url: `/pages/item/index?id=${encodeURIComponent(item.id)}` })
  return (
    <View className='mine-row card' data-testid='mine-row' onClick={open}>
      <View className='mine-row__top'>
        <Text className='mine-row__no' data-testid='mine-row-no'>
          {item.no}
        </Text>
        <StatusTag status={item.status} />
      </View>
      <View className='mine-row__category'>{item.category}</View>
      <View className='mine-row__meta'>
        <Text>{formatChinaDate(item.createdAt)}</Text>
        <Text className='mine-row__point'>{item.pointName}</Text>
      </View>
    </View>
  )
}
