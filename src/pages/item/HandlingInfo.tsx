import { Text, View } from '@tarojs/components'
import type { ExtensionView, ItemDetail } from '../../../domain/matters/api'
import { IMPORTANCE_LABELS } from '../../../domain/matters/deadlines'
import { chineseDate, chineseDateNear } from '../../../domain/kernel/display-dates'
import { TRACK_LABELS } from '../../../domain/matters/handling'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import InfoRow from './InfoRow'

/** One past extension in plain words: 2026年3月1日 延期至 3月10日，原因：… */
function ExtensionLine({ x }: { x: ExtensionView }) {
  return (
    <View className='extension' data-testid='detail-extension'>
      <View className='extension__head'>
        {chineseDate(x.at)} 延期至 {chineseDateNear(x.dueAt, x.at)}，原因：{x.reason}
      </View>
      {x.note ? (
        <View className='extension__line'>
          <Text className='extension__label'>当时的进展：</Text>
          <Text>{x.note}</Text>
        </View>
      ) : null}
    </View>
  )
}

/**
 * How the matter is being handled, once accepted: 办理方式, 紧要程度, the one current 答复期限,
 * and the extensions as history, oldest first.
 */
export default function HandlingInfo({ item }: { item: ItemDetail }) {
  const extensions = [...item.extensions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  // After 不满意 the matter gets a fresh deadline; the badge is for a deadline an extension set.
  const last = extensions[extensions.length - 1]
  const dueExtended = last !== undefined && item.dueAt !== null && Date.parse(last.dueAt) === Date.parse(item.dueAt)
  return (
    <>
      {item.track ? <InfoRow label='办理方式' testId='detail-track'>{TRACK_LABELS[item.track]}</InfoRow> : null}
      {item.assignment ? (
        <InfoRow label='交办部门' testId='detail-assignment'>
          {`${item.assignment.departmentName}（${item.assignment.stateLabel}），${chineseDate(item.assignment.dueAt)}前答复`}
        </InfoRow>
      ) : null}
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
      {extensions.length > 0 ? (
        <View className='extensions' data-testid='detail-extensions'>
          <View className='extensions__title'>延期记录</View>
          {extensions.map((x, n) => (
            <ExtensionLine key={`${x.at}-${n}`} x={x} />
          ))}
        </View>
      ) : null}
    </>
  )
}
