import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { DraftPhoto } from '../../lib/draftShape'
import type { PendingPhoto } from './usePhotoUploads'
import './index.scss'

export { usePhotoUploads, type PendingPhoto, type PhotoUploads, type SetPhotos } from './usePhotoUploads'

interface Props {
  photos: DraftPhoto[]
  pending: PendingPhoto[]
  canAdd: boolean
  onAdd: () => void
  onRetry: (key: string) => void
  onRemove: (keyOrFileID: string) => void
}

/** A thumbnail; a restored draft's local file may be gone, then it says the photo is uploaded. */
function Thumb({ src, onTap }: { src: string; onTap?: () => void }) {
  const [broken, setBroken] = useState(!src)
  if (broken) return <View className='photo-field__placeholder'>已上传</View>
  return <Image className='photo-field__image' src={src} mode='aspectFill' onClick={onTap} onError={() => setBroken(true)} />
}

/**
 * The tiles of chosen photos: uploaded ones (tap to preview, 删除), ones on their way with
 * their progress, failed ones to retry, and a tile to add more while there is room.
 */
export default function PhotoPicker({ photos, pending, canAdd, onAdd, onRetry, onRemove }: Props) {
  const preview = (current: string) =>
    Taro.previewImage({ current, urls: photos.map((p) => p.localPath).filter(Boolean) }).catch(() => undefined)

  return (
    <View className='photo-field'>
      {photos.map((photo) => (
        <View key={photo.fileID} className='photo-field__tile' data-testid='photo-item'>
          <Thumb src={photo.localPath} onTap={() => preview(photo.localPath)} />
          <View className='photo-field__remove' onClick={() => onRemove(photo.fileID)}>
            删除
          </View>
        </View>
      ))}
      {pending.map((photo) => (
        <View key={photo.key} className='photo-field__tile' data-testid={`photo-${photo.status}`}>
          <Thumb src={photo.localPath} />
          {photo.status === 'uploading' ? (
            <View className='photo-field__overlay'>
              <Text>上传中{photo.progress > 0 ? ` ${photo.progress}%` : '…'}</Text>
            </View>
          ) : (
            <View className='photo-field__overlay is-failed' onClick={() => onRetry(photo.key)}>
              <Text>{photo.error ?? '上传失败'}</Text>
              <Text className='photo-field__retry'>点此重试</Text>
            </View>
          )}
          <View className='photo-field__remove' onClick={() => onRemove(photo.key)}>
            删除
          </View>
        </View>
      ))}
      {canAdd ? (
        <View className='photo-field__tile photo-field__add' data-testid='photo-add' onClick={onAdd}>
          <Text className='photo-field__plus'>+</Text>
          <Text>添加照片</Text>
        </View>
      ) : null}
    </View>
  )
}
