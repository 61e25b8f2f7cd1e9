import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './FiguresEntry.scss'

/** The way into 数字 (leaders and admins): a period's figures and the matters behind them. */
export default function FiguresEntry() {
  return (
    <View className='figures-entry card' data-testid='figures-entry' role='link' onClick={() => void Taro.navigateTo({ url: '/staff/pages/figures/index' })}>
      <View className='figures-entry__text'>
        <Text className='figures-entry__title'>数字</Text>
        <Text className='figures-entry__sub'>响应率、按期办结率、满意率……</Text>
      </View>
      <Text className='figures-entry__arrow'>›</Text>
    </View>
  )
}
