import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MyItemSummary } from '../../../domain/matters/api'
import { BOARD_STATUS_WORDS } from '../../../domain/board/board'
import { formatChinaDate } from '../../../domain/kernel/time'
import StatusTag from '../../components/StatusTag'

/** One of my matters: number, status, category, where it stands with 公开, and date; tap for the details. */
export default function MineRow({ item }: { item: MyItemSummary }) {
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
      {item.board ? (
        <View className={`mine-row__public mine-row__public--${item.board.status}`} data-testid='mine-row-public'>
          {BOARD_STATUS_WORDS[item.board.status]}
          {item.board.status === 'rejected' && item.board.reason ? `：${item.board.reason}` : ''}
        </View>
      ) : null}
      <View className='mine-row__meta'>
        <Text>{formatChinaDate(item.createdAt)}</Text>
        <Text className='mine-row__point'>{item.pointName}</Text>
      </View>
    </View>
  )
}
