import { Text, View } from '@tarojs/components'
import type { ChildFigures as Child, FiguresView, Ranking } from '../../../../domain/figures/api'
import { rateBasis, rateHeadline } from '../../lib/figuresText'

const LEVEL_WORDS: Record<Child['level'], string> = { county: '县', township: '乡镇（街道）', village: '村（社区）', point: '说事点' }

function ChildCard({ c, onOpen }: { c: Child; onOpen: (c: Child) => void }) {
  const rate = (label: string, r: Child['feedbackRate']) => (
    <View className='fg-child__rate'>
      <Text className='fg-child__label'>{label}</Text>
      <Text className={'insufficient' in r ? 'fg-child__small' : 'fg-child__value'}>{rateHeadline(r)}</Text>
      <Text className='fg-child__basis'>{rateBasis(r)}</Text>
    </View>
  )
  return (
    <View className='fg-row fg-child' role='link' data-testid={`figures-child-${c.code}`} onClick={() => onOpen(c)}>
      <View className='fg-row__top fg-child__head'>
        <Text className='fg-child__name'>{c.name}</Text>
        <Text className='fg-child__more'>
          收集 {c.collected} 件{c.level === 'point' ? '' : ` · ${c.points} 个说事点`} ›
        </Text>
      </View>
      <View className='fg-child__rates'>
        {rate('反馈办结率', c.feedbackRate)}
        {rate('满意率', c.satisfaction)}
        {rate('按期办结率', c.onTime)}
      </View>
      {c.overdueNow > 0 ? <Text className='fg-behind'>当前超期 {c.overdueNow} 件</Text> : null}
    </View>
  )
}

function RankingCard({ r }: { r: Ranking }) {
  return (
    <View className='card fg-ranking' data-testid={`figures-ranking-${r.by}`}>
      <View className='fg-card__title'>按{r.title}排名</View>
      {r.ranked.length === 0 ? <View className='sf-muted'>没有可以排名的</View> : null}
      {r.ranked.map((c) => (
        <View key={c.code} className='fg-row__top fg-rank' data-testid='figures-ranked'>
          <Text>
            第 {c.rank} 名 · {c.name}
          </Text>
          <Text className='fg-row__count'>{c.value}%</Text>
        </View>
      ))}
      {r.unranked.length > 0 ? (
        <View className='fg-apart' data-testid='figures-unranked'>
          <View className='fg-apart__note'>{r.note}：</View>
          {r.unranked.map((c) => (
            <View key={c.code} className='fg-rank'>
              {c.name}（{c.n} 件）
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** Each child's figures beside the node's, every child a way down; then the children ranked. */
export default function ChildFigures({ v, onOpen, report }: { v: FiguresView; onOpen: (c: Child) => void; report?: () => void }) {
  if (!v.node) return null
  const level = v.children[0]?.level
  return (
    <View data-testid='figures-children'>
      <View className='card'>
        <View className='fg-card__title'>下级{level ? LEVEL_WORDS[level] : ''}的数字</View>
        <View className='fg-card__rule'>每一级的数字都是它下面各说事点的合计；点一项看它的下一级</View>
        {v.children.length === 0 ? <View className='sf-muted'>{v.node.name}下面还没有说事点</View> : null}
        {v.children.map((c) => (
          <ChildCard key={c.code} c={c} onOpen={onOpen} />
        ))}
      </View>
      {v.children.length > 1 ? v.rankings.map((r) => <RankingCard key={r.by} r={r} />) : null}
      {report ? (
        <View className='card fg-link' role='link' data-testid='figures-node-report' onClick={report}>
          <Text className='fg-link__label'>{v.node.name}的评事日季度报告</Text>
          <Text className='fg-link__count'>查看 ›</Text>
        </View>
      ) : null}
    </View>
  )
}
