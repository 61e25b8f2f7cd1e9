import { Text, View } from '@tarojs/components'
import type { ItemDetail } from '../../../domain/api'
import { IMPORTANCE_LABELS } from '../../../domain/deadlines'
import { TRACK_LABELS } from '../../../domain/handling'
import { formatChinaDateTime } from '../../../domain/time'
import InfoRow from './InfoRow'

/** How the matter is being handled, once accepted: 办理方式, 紧要程度, 答复期限 and any 延期. */
export default function HandlingInfo({ item }: { item: ItemDetail }) {
  const extensions = [...item.extensions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const extended = extensions.length > 0
  // After 不满意 the matter gets a fresh deadline; the badge is for a deadline an extension set.
  const last = extensions[extensions.length - 1]
  const dueExtended = last !== undefined && item.dueAt !== null && Date.parse(last.dueAt) === Date.parse(item.dueAt)
  return (
    <>
      {item.track ? <InfoRow label='办理方式' testId='detail-track'>{TRACK_LABELS[item.track]}</InfoRow> : null}
      {item.importance ? (
        <InfoRow label='紧要程度' testId='detail-importance'>
          {IMPORTANCE_LABELS[item.importance]}
        </InfoRow>
      ) : null}
      {item.dueAt ? (
        <InfoRow label='答复期限' testId='detail-due'>
          <Text>{`${formatChinaDateTime(item.dueAt)} 前`}</Text>
          {dueExtended ? <Text className='badge badge--warning'>已延期</Text> : null}
        </InfoRow>
      ) : null}
      {extended ? (
        <View className='extensions'>
          <View className='extensions__title'>{dueExtended ? '延期说明' : '此前的延期'}</View>
          {extensions.map((x, n) => (
            <View key={`${x.at}-${n}`} className='extension' data-testid='detail-extension'>
              <View className='extension__head'>
                {extensions.length > 1 ? `第 ${n + 1} 次延期：` : ''}延至 {formatChinaDateTime(x.dueAt)}
              </View>
              <View className='extension__line'>
                <Text className='extension__label'>原因：</Text>
                <Text>{x.reason}</Text>
              </View>
              <View className='extension__line'>
                <Text className='extension__label'>目前进展：</Text>
                <Text>{x.note}</Text>
              </View>
              <View className='extension__at'>{formatChinaDateTime(x.at)} 告知</View>
            </View>
          ))}
        </View>
      ) : null}
    </>
  )
}
