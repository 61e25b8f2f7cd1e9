import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '../../../domain/api'
import { formatChinaDateTime } from '../../../domain/time'

/** What happened to the matter, oldest first, newest last. */
export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const ordered = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  return (
    <View className='timeline' data-testid='detail-timeline'>
      {ordered.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className={`timeline__entry${i === ordered.length - 1 ? ' is-latest' : ''}`} data-testid='timeline-entry'>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__time'>
              {formatChinaDateTime(entry.at)}
              {entry.actorName ? ` · ${entry.actorName}` : ''}
            </Text>
            <Text className='timeline__text'>{entry.text}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
