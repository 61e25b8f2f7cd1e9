import { Text, View } from '@tarojs/components'
import type { ItemFlags } from '../../../domain/matters/api'
import { FLAG_ORDER } from '../lib/labels'

/** The flags that are set, as clear words; nothing when none is. */
export default function FlagTags({ flags }: { flags: ItemFlags }) {
  const set = FLAG_ORDER.filter((f) => flags[f.key])
  if (set.length === 0) return null
  return (
    <View className='sf-flags' data-testid='flags'>
      {set.map((f) => (
        <Text key={f.key} className={`sf-flag sf-flag--${f.tone}`} data-testid={`flag-${f.key}`}>
          {f.label}
        </Text>
      ))}
    </View>
  )
}
