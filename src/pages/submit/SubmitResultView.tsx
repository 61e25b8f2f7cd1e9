import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SubmitResult } from '../../../domain/matters/api'
import { deadlineWords } from '../../../domain/matters/deadlines'

/** 登记成功: the registration number, who answers for it, and where to go next. */
export default function SubmitResultView({ result }: { result: SubmitResult }) {
  return (
    <View className='submit-result card' data-testid='submit-result'>
      <View className='submit-result__icon'>✓</View>
      <View className='submit-result__title'>登记成功</View>
      <Text className='submit-result__label'>登记编号</Text>
      <View className='submit-result__no' data-testid='result-no'>
        {result.no}
      </View>
      <View className='submit-result__assignee' data-testid='result-assignee'>
        负责干部：{result.assignee.name}
      </View>
      <View className='submit-result__note'>
        负责干部会在规定时限内办理并答复您（一般诉求 {deadlineWords('normal')}内，重要诉求 {deadlineWords('important')}内）。您可以在「我的」里随时查看进度。
      </View>
      <Button
        type='primary'
        size='xlarge'
        block
        data-testid='result-detail'
        onClick={() => Taro.redirectTo({ url: `/pages/item/index?id=${encodeURIComponent(result.id)}` })}
      >
        查看详情
      </Button>
      <Button size='xlarge' block className='submit-result__home' data-testid='result-home' onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>
        返回首页
      </Button>
    </View>
  )
}
