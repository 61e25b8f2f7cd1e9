import { Text, View } from '@tarojs/components'
import type { ItemDetail, RatingView } from '../../../domain/matters/api'
import { RATING_LABELS } from '../../../domain/matters/handling'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import InfoRow from './InfoRow'

/**
 * The resident's 评议. After 不满意 the matter is handled again, so while it is open (or
 * answered again) this is the previous rating; a closed matter with no rating ran out of time.
 */
export default function RatingResult({ item }: { item: ItemDetail }) {
  const { rating } = item
  if (!rating) {
    if (item.status !== 'closed') return null
    return (
      <>
        <View className='section-title'>评议</View>
        <View className='card' data-testid='rate-result'>
          <Text className='rating__none'>逾期未评价，已按“未评价”办结</Text>
        </View>
      </>
    )
  }
  const earlier = item.status !== 'closed'
  const reopened = earlier && (item.status === 'accepted' || item.status === 'in_progress')
  return (
    <>
      <View className='section-title'>{earlier ? '您上次的评议' : '您的评议'}</View>
      <View className='card' data-testid='rate-result'>
        <RatingRows rating={rating} />
        {reopened ? (
          <View className='rating__reopened' data-testid='rate-reopened'>
            您对答复不满意，这件事已重新办理，{item.assignee.name}会回访您，并再次答复。
          </View>
        ) : null}
      </View>
    </>
  )
}

function RatingRows({ rating }: { rating: RatingView }) {
  return (
    <>
      <InfoRow label='满意程度' testId='rate-result-level'>
        <Text className={`rating__level rating__level--${rating.level}`}>{RATING_LABELS[rating.level]}</Text>
      </InfoRow>
      <InfoRow label='问题解决' testId='rate-result-solved'>{rating.solved ? '已解决' : '未解决'}</InfoRow>
      <InfoRow label='意见' testId='rate-result-opinion'>{rating.opinion || '（未填写）'}</InfoRow>
      <InfoRow label='评议时间'>{formatChinaDateTime(rating.at)}</InfoRow>
    </>
  )
}
