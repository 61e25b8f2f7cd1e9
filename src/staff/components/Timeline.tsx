import { Text, View } from '@tarojs/components'
import type { StaffItemDetail } from '../../../domain/matters/api'
import { formatChinaDateTime } from '../../../domain/kernel/time'

/** Everything that happened to the matter, oldest first; staff-only notes marked 内部. */
export default function Timeline({ entries }: { entries: StaffItemDetail['timeline'] }) {
  const ordered = entries.map((e, i) => ({ e, i })).sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
  return (
    <View className='sf-timeline' data-testid='staff-timeline'>
      {ordered.map(({ e, i }, n) => (
        <View
          key={`${e.at}-${i}`}
          className={`sf-timeline__entry${n === ordered.length - 1 ? ' is-latest' : ''}${e.internal ? ' is-internal' : ''}`}
          data-testid='timeline-entry'
        >
          <View className='sf-timeline__dot' />
          <View className='sf-timeline__body'>
            <View className='sf-timeline__time'>
              {e.internal ? (
                <Text className='sf-timeline__internal' data-testid='timeline-internal'>
                  内部
                </Text>
              ) : null}
              <Text>
                {formatChinaDateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </Text>
            </View>
            <Text className='sf-timeline__text'>{e.text}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
