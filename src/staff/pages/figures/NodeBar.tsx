import { Text, View } from '@tarojs/components'
import type { NodeSummary } from '../../../../domain/figures/api'

interface Props {
  /** the highest nodes the caller reads */
  tops: NodeSummary[]
  /** where the page stands: the way down from the caller's top node (root first) */
  trail: NodeSummary[]
  /** a point opened from its village: the last step, not a node */
  pointName: string | null
  /** null: back to the points the caller holds */
  onNode: (code: string | null) => void
}

const chip = (selected: boolean) => `sf-chip${selected ? ' is-selected' : ''}`

/** Which of the caller's nodes (or their own points), and the way back up from where they stand. */
export default function NodeBar({ tops, trail, pointName, onNode }: Props) {
  const top = trail[0]?.code ?? null
  return (
    <View className='card fg-nodes' data-testid='figures-nodes'>
      <View className='sf-chips'>
        {tops.map((n) => (
          <View key={n.code} className={chip(n.code === top)} data-testid={`figures-node-${n.code}`} onClick={() => onNode(n.code)}>
            {n.name}
          </View>
        ))}
        <View className={chip(top === null)} data-testid='figures-node-points' onClick={() => onNode(null)}>
          按说事点
        </View>
      </View>
      {trail.length > 1 || pointName ? (
        <View className='fg-trail' data-testid='figures-trail' aria-label='所在层级'>
          {trail.map((n, i) => {
            const last = i === trail.length - 1 && !pointName
            return (
              <View key={n.code} className='fg-trail__step'>
                {i > 0 ? <Text className='fg-trail__sep'> › </Text> : null}
                {last ? (
                  <Text className='fg-trail__here'>{n.name}</Text>
                ) : (
                  <View className='fg-trail__up' role='link' data-testid={`figures-up-${n.code}`} onClick={() => onNode(n.code)}>
                    {n.name}
                  </View>
                )}
              </View>
            )
          })}
          {pointName ? (
            <View className='fg-trail__step'>
              <Text className='fg-trail__sep'> › </Text>
              <Text className='fg-trail__here'>{pointName}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
