import { Text, View } from '@tarojs/components'
import SendButton from '../../components/SendButton'
import type { PointView } from '../../../domain/points/api'
import { InlineAlert } from '../../components/States'
import CategoryField from './CategoryField'
import ContactMemory from './ContactMemory'
import ContentField from './ContentField'
import PhotoField from './PhotoField'
import TextField from './TextField'
import type { SubmitFormModel } from './useSubmitForm'

/** The first error message among fields whose path starts with `prefix` (photos.0, photos.1…). */
const firstError = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1]

/** 民情民意收集登记表 */
export default function SubmitFormView({ point, form }: { point: PointView; form: SubmitFormModel }) {
  const { draft, fieldErrors: errors, setField } = form
  return (
    <View className='submit-form'>
      <View className='submit-form__head'>
        <View className='submit-form__title'>民情民意收集登记表</View>
        <Text className='submit-form__point' data-testid='submit-point'>
          说事点：{point.name}
        </Text>
      </View>

      <View className='card'>
        <View className='submit-form__group'>您的联系方式</View>
        <ContactMemory empty={!draft.name && !draft.phone && !draft.address} onFill={form.fillContact} />
        <TextField label='姓名' testId='field-name' value={draft.name} error={errors['contact.name']} maxLength={20} placeholder='请填写您的姓名' onChange={(v) => setField('name', v)} />
        <TextField label='手机号' testId='field-phone' kind='phone' value={draft.phone} error={errors['contact.phone']} maxLength={11} placeholder='11 位手机号' onChange={(v) => setField('phone', v)} />
        <TextField label='家庭住址' testId='field-address' value={draft.address} error={errors['contact.address']} maxLength={100} placeholder='小区、楼栋、门牌号' onChange={(v) => setField('address', v)} />
        <TextField label='工作单位' testId='field-workunit' optional value={draft.workUnit} error={errors['contact.workUnit']} maxLength={50} placeholder='可以不填' onChange={(v) => setField('workUnit', v)} />
      </View>

      <View className='card'>
        <View className='submit-form__group'>您要说的事</View>
        <CategoryField value={draft.category} error={errors.category} onChange={(v) => setField('category', v)} />
        <ContentField value={draft.content} error={errors.content} onChange={(v) => setField('content', v)} />
        <PhotoField
          photos={draft.photos}
          pending={form.pending}
          canAdd={form.canAddPhoto}
          error={firstError(errors, 'photos')}
          onAdd={form.addPhotos}
          onRetry={form.retryPhoto}
          onRemove={form.removePhoto}
        />
      </View>

      {form.alert ? <InlineAlert message={form.alert} /> : null}

      <SendButton label='提交登记' busyLabel='正在提交…' busy={form.submitting} className='submit-form__submit' testId='submit' onClick={form.submit} />
      <View className='submit-form__footnote'>您填写的内容会自动保存在本机，离开后再回来可以接着填。</View>
    </View>
  )
}
