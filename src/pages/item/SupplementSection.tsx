import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { MAX_PHOTOS, SUPPLEMENT_MAX as CONTENT_MAX } from '../../../domain/matters/schemas'
import { charCount } from '../../../domain/kernel/validation'
import PhotoPicker from '../../components/PhotoPicker'
import SendButton from '../../components/SendButton'
import ActionError from './ActionError'
import Field from './Field'
import type { ItemActions } from './useItemActions'
import { useSupplementForm } from './useSupplementForm'

const CONTENT_MIN = 2

/** 补充情况: a button that opens a small form for more words and photos. */
export default function SupplementSection({ itemId, actions, onRefresh }: { itemId: string; actions: ItemActions; onRefresh: () => void }) {
  const form = useSupplementForm(itemId, actions)
  const count = charCount(form.draft.content.trim())
  const outOfRange = count > CONTENT_MAX || (count > 0 && count < CONTENT_MIN)
  const photoError = Object.entries(form.errors).find(([path]) => path === 'photos' || path.startsWith('photos.'))?.[1]

  if (!form.open) {
    return (
      <Button size='large' block className='item-actions__button' data-testid='supplement-open' disabled={form.locked} onClick={() => form.setOpen(true)}>
        补充情况
      </Button>
    )
  }

  return (
    <View className='supplement-form' data-testid='supplement-form'>
      <View className='supplement-form__title'>补充情况</View>
      <View className='supplement-form__intro'>可以补充文字说明，也可以再拍几张照片，负责干部会看到。</View>

      <Field label='补充说明' hint={`${CONTENT_MIN}–${CONTENT_MAX} 个字，只补照片可以不写`} error={form.errors.content}>
        <TextArea
          className='item-form__textarea large-textarea'
          data-testid='supplement-content'
          value={form.draft.content}
          maxLength={-1}
          rows={4}
          autoSize
          disabled={form.locked}
          placeholder='比如：情况有了新变化、漏说的细节'
          onChange={form.setContent}
        />
        <View className='item-form__count'>
          <Text className={outOfRange ? 'is-off' : ''} data-testid='supplement-count'>
            {count}/{CONTENT_MAX}
          </Text>
        </View>
      </Field>

      <Field label={`照片（最多 ${MAX_PHOTOS} 张）`} error={photoError}>
        <PhotoPicker
          photos={form.draft.photos}
          pending={form.photos.pending}
          canAdd={form.photos.canAdd && !form.locked}
          onAdd={form.photos.addPhotos}
          onRetry={form.photos.retryPhoto}
          onRemove={form.photos.removePhoto}
        />
      </Field>

      {form.alert ? <ActionError error={form.alert} onRefresh={onRefresh} /> : null}

      <SendButton label='发送补充' busyLabel='正在发送…' busy={form.sending} disabled={form.locked} className='item-form__submit' testId='supplement-send' onClick={form.send} />
      <Button size='large' block className='item-form__cancel' data-testid='supplement-close' disabled={form.sending} onClick={form.close}>
        先不补充（已填的内容会保存）
      </Button>
    </View>
  )
}
