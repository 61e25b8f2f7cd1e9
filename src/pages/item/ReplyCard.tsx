import { Text, View } from '@tarojs/components'
import type { ReplyView } from '../../../domain/matters/api'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import InfoRow from './InfoRow'

/** 反馈意见表: the cadres' answer, who handled it and when. */
export default function ReplyCard({ reply }: { reply: ReplyView }) {
  return (
    <>
      <View className='section-title'>答复（反馈意见）</View>
      <View className='card reply-card' data-testid='detail-reply'>
        <Text className='reply-card__answer' data-testid='reply-answer'>
          {reply.answer}
        </Text>
        <InfoRow label='办理单位' testId='reply-unit'>{reply.unit}</InfoRow>
        <InfoRow label='经办人' testId='reply-handler'>{reply.handler}</InfoRow>
        <InfoRow label='答复时间'>{formatChinaDateTime(reply.at)}</InfoRow>
      </View>
    </>
  )
}
