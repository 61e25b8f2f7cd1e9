import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import type { PhotoView } from '../../../domain/matters/api'
import './index.scss'

/** A matter's photos; tap one to see it full screen. */
export default function PhotoGallery({ photos, testId }: { photos: PhotoView[]; testId: string }) {
  const urls = photos.map((p) => p.url).filter(Boolean)
  const preview = (current: string) => Taro.previewImage({ current, urls }).catch(() => undefined)
  return (
    <View className='gallery' data-testid={testId}>
      {photos.map((photo) =>
        photo.url ? (
          <Image key={photo.fileID} className='gallery__image' src={photo.url} mode='aspectFill' onClick={() => preview(photo.url)} />
        ) : (
          <View key={photo.fileID} className='gallery__missing'>
            照片暂时无法显示
          </View>
        ),
      )}
    </View>
  )
}
