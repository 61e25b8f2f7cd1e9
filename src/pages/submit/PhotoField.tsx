import { MAX_PHOTOS } from '../../../domain/matters/schemas'
import PhotoPicker, { type PendingPhoto } from '../../components/PhotoPicker'
import type { DraftPhoto } from '../../lib/draft'
import FormField from './FormField'

interface Props {
  photos: DraftPhoto[]
  pending: PendingPhoto[]
  canAdd: boolean
  error?: string
  onAdd: () => void
  onRetry: (key: string) => void
  onRemove: (keyOrFileID: string) => void
}

/** Up to 3 photos, each uploaded as soon as it is chosen, with its own progress or failure. */
export default function PhotoField({ error, ...picker }: Props) {
  return (
    <FormField label={`照片（最多 ${MAX_PHOTOS} 张）`} optional error={error}>
      <PhotoPicker {...picker} />
    </FormField>
  )
}
