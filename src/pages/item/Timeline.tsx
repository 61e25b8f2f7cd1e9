import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '../../../domain/matters/api'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import { kindOf } from './timelineKinds'

/**
 * What happened to the matter, oldest first, newest last: when, who, and what, in the
 * server's plain words. A coloured tag names the kind of step so it can be found at a glance.
 * Steps of the same moment keep the server's order (the sort is stable).
 */
export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const ordered = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  return (
    <View className='timeline' data-testid='detail-timeline'>
      {ordered.map((entry, i) => {
        const kind = kindOf(entry.type)
        const tone = kind?.tone ?? 'system'
        return (
          <View
            key={`${entry.at}-${i}`}
            className={`timeline__entry timeline__entry--${tone}${i === ordered.length - 1 ? ' is-latest' : ''}`}
            data-testid='timeline-entry'
            data-type={entry.type}
          >
            <View className='timeline__dot' />
            <View className='timeline__body'>
              <View className='timeline__head'>
                {kind ? <Text className={`timeline__tag timeline__tag--${tone}`}>{kind.label}</Text> : null}
                {entry.actorName ? <Text className='timeline__who'>{entry.actorName}</Text> : null}
              </View>
              <Text className='timeline__time'>{formatChinaDateTime(entry.at)}</Text>
              <Text className='timeline__text'>{entry.text}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
