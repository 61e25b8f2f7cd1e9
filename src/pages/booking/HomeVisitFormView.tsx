import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MAX_PREFERRED_DATES, VISIT_TIMES, type VisitTime } from '../../../domain/booking/home-visits'
import SendButton from '../../components/SendButton'
import type { PointView } from '../../../domain/points/api'
import { InlineAlert } from '../../components/States'
import FormField from '../submit/FormField'
import TextField from '../submit/TextField'
import PreferredDates from './PreferredDates'
import TopicField from './TopicField'
import type { HomeVisitFormModel } from './useHomeVisitForm'

const TIME_WORDS: Record<VisitTime, string> = { am: '上午', pm: '下午', any: '都可以' }

/** 申请上门走访: where, what about, which days and which half of the day, the contact. */
export default function HomeVisitFormView({ point, form, onBack }: { point: PointView; form: HomeVisitFormModel; onBack: () => void }) {
  const { draft, fieldErrors: errors, setField } = form
  return (
    <View className='booking-form' data-testid='hv-form'>
      <View className='card'>
        <View className='booking-form__point'>申请上门走访</View>
        <View className='booking-form__hint'>行动不便、来不了{point.name}的，干部可以到您家里听您说。填好后干部会安排时间，安排好了会通知您。</View>
      </View>
      <View className='card'>
        <TextField label='上门地址' testId='hv-address' placeholder='干部上门的地址：小区、楼栋、门牌号' value={draft.address} error={errors.address} maxLength={100} onChange={(v) => setField('address', v)} />
        <TopicField testId='hv-topic' value={draft.topic} maxLength={200} placeholder='例如：腿脚不便，想问问残疾人补贴怎么申请' error={errors.topic} onChange={(v) => setField('topic', v)} />
        <FormField label={`哪几天方便（最多 ${MAX_PREFERRED_DATES} 天）`} error={errors['preferred.dates']}>
          <PreferredDates dates={draft.dates} onChange={(v) => setField('dates', v)} />
        </FormField>
        <FormField label='上午还是下午' error={errors['preferred.time']}>
          <View className='category-field' role='radiogroup' data-testid='hv-time'>
            {VISIT_TIMES.map((t) => (
              <View
                key={t}
                className={`category-field__option${draft.time === t ? ' is-selected' : ''}`}
                data-testid={`hv-time-${t}`}
                role='radio'
                aria-checked={draft.time === t}
                onClick={() => setField('time', t)}
              >
                {TIME_WORDS[t]}
              </View>
            ))}
          </View>
        </FormField>
        <TextField label='姓名' testId='hv-name' placeholder='怎么称呼您，如：王秀英' value={draft.name} error={errors['contact.name']} maxLength={20} onChange={(v) => setField('name', v)} />
        <TextField label='手机号' testId='hv-phone' placeholder='11 位手机号，上门前先打给您' kind='phone' value={draft.phone} error={errors['contact.phone']} maxLength={11} onChange={(v) => setField('phone', v)} />
      </View>
      {form.alert ? <InlineAlert message={form.alert} /> : null}
      <SendButton label='提交申请' busyLabel='正在提交…' busy={form.submitting} className='booking-form__submit' testId='hv-submit' onClick={form.submit} />
      <Button size='large' block className='booking-form__back' data-testid='hv-back' onClick={onBack}>
        返回，去说事点预约
      </Button>
    </View>
  )
}
