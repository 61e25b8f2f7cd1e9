import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MyItemSummary } from '../../../domain/matters/api'
import { BOARD_STATUS_WORDS } from '../../../domain/board/board'
import { formatChinaDate } from '../../../domain/kernel/time'
import MatterRowTop from '../../components/StatusTag/MatterRowTop'

/** One of my matters: number, status, category, where it stands with 公开, and date; tap for the details. */
export default function MineRow({ item }: { item: MyItemSummary }) {
  const open = () => Taro.navigateTo({ url: `/pages/item/index?id=${encodeURIComponent(item.id)}` })
  return (
    <View className='mine-row card' data-testid='mine-row' onClick={open}>
      <MatterRowTop block='mine-row' no={item.no} status={item.status} testId='mine-row-no' />
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
