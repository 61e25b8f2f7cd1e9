import { Text, View } from '@tarojs/components'
import type { BoardEntry } from '../../../domain/board/api'
import { RATING_LABELS } from '../../../domain/matters/handling'

/** One public matter: what was asked and what was done, no one named. */
export default function BoardCard({ entry }: { entry: BoardEntry }) {
  const [year, month] = entry.month.split('-')
  return (
    <View className='board-card card' data-testid='board-entry'>
      <View className='board-card__head'>
        <Text className='board-card__category'>{entry.category}</Text>
        <Text className='board-card__month'>{`${year} 年 ${Number(month)} 月答复`}</Text>
      </View>
      <View className='board-card__label'>居民说</View>
      <View className='board-card__text' data-testid='board-entry-content'>
        {entry.content}
      </View>
      <View className='board-card__label'>怎么办的</View>
      <View className='board-card__text' data-testid='board-entry-answer'>
        {entry.answer}
      </View>
      <View className='board-card__rating'>
        <Text className={`board-card__level board-card__level--${entry.rating.level}`}>居民评议：{RATING_LABELS[entry.rating.level]}</Text>
        <Text>{entry.rating.solved ? '问题已解决' : '问题未解决'}</Text>
      </View>
    </View>
  )
}
