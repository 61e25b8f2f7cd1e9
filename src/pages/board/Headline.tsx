import { Text, View } from '@tarojs/components'
import type { BoardHeadline } from '../../../domain/board/api'
import { formatRate } from '../../../domain/figures/rate'
import { FIGURES } from '../../../domain/policy/defaults'

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className='board-headline__figure' data-testid={testId}>
      <Text className='board-headline__value'>{value}</Text>
      <Text className='board-headline__label'>{label}</Text>
    </View>
  )
}

/** 今年的数字: collected, answered, 反馈办结率, 满意率 (a count with 样本不足 under 10). */
export default function Headline({ headline }: { headline: BoardHeadline }) {
  return (
    <View className='board-headline card' data-testid='board-headline'>
      <View className='board-headline__title'>{headline.year} 年以来</View>
      <View className='board-headline__grid'>
        <Figure label='收到的事' value={`${headline.collected} 件`} testId='headline-collected' />
        <Figure label='已答复、办结' value={`${headline.answeredClosed} 件`} testId='headline-answered' />
        <Figure label='反馈办结率' value={formatRate(headline.feedbackRate)} testId='headline-feedback' />
        <Figure label='满意率' value={formatRate(headline.satisfactionRate)} testId='headline-satisfaction' />
      </View>
      <View className='board-headline__note'>{`满意率按居民的评议计算（满意和基本满意），没有评议的不算满意；不足 ${FIGURES.minSample} 件时只显示件数。`}</View>
    </View>
  )
}
