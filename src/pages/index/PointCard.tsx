import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PointView } from '../../../domain/api'

interface Props {
  point: PointView
  onStart: () => void
  onChange: () => void
}

/** The talk point the resident is at: where and when it opens, and the way in to 说事. */
export default function PointCard({ point, onStart, onChange }: Props) {
  return (
    <View className='point-card card'>
      <Text className='point-card__kind'>{point.kind === 'studio' ? '两代表工作室' : '民情说事点'}</Text>
      <View className='point-card__name' data-testid='point-name'>
        {point.name}
      </View>
      <View className='point-card__community'>{point.community}</View>
      <View className='point-card__row'>
        <Text className='point-card__label'>地址</Text>
        <Text className='point-card__value' data-testid='point-address'>{point.address}</Text>
      </View>
      <View className='point-card__row'>
        <Text className='point-card__label'>开放时间</Text>
        <Text className='point-card__value' data-testid='point-hours'>{point.openHours}</Text>
      </View>
      <Button type='primary' size='xlarge' block className='point-card__start' data-testid='start-submit' onClick={onStart}>
        我要说事
      </Button>
      <View className='point-card__change' data-testid='change-point' onClick={onChange}>
        换一个说事点
      </View>
    </View>
  )
}
