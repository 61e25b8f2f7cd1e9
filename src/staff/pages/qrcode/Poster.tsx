import { Image, Text, View } from '@tarojs/components'
import type { PointView } from '../../../../domain/points/api'
import { deadlineWords } from '../../../../domain/matters/deadlines'
import { NoBreakTimes } from '../../../components/NoBreakTimes'

/** Until the server sends it (PointView.phone), a point's phone number is optional. */
export type PointWithPhone = PointView & { phone?: string }

/** The printable poster: the point, its code large, and what to do with it. */
export default function Poster({ point, url }: { point: PointWithPhone; url: string }) {
  return (
    <View className='qr-poster' data-testid='qrcode-poster'>
      <Text className='qr-poster__kind'>{point.kind === 'studio' ? '两代表工作室' : '民情说事点'}</Text>
      <View className='qr-poster__name' data-testid='qrcode-point-name'>
        {point.name}
      </View>
      <View className='qr-poster__code'>
        <Image className='qr-poster__image' src={url} mode='scaleToFill' data-testid='qrcode-image' />
      </View>
      <View className='qr-poster__call'>微信扫码说事</View>
      <View className='qr-poster__how'>扫码登记您的诉求，干部一般 {deadlineWords('normal')}内答复，重要的事 {deadlineWords('important')}内答复</View>
      <View className='qr-poster__row'>
        <Text className='qr-poster__label'>地址</Text>
        <Text className='qr-poster__value'>{point.address}</Text>
      </View>
      <View className='qr-poster__row'>
        <Text className='qr-poster__label'>开放时间</Text>
        <Text className='qr-poster__value'>
          <NoBreakTimes text={point.openHours} />
        </Text>
      </View>
      {point.phone ? (
        <View className='qr-poster__row'>
          <Text className='qr-poster__label'>电话</Text>
          <Text className='qr-poster__value'>{point.phone}</Text>
        </View>
      ) : null}
    </View>
  )
}
