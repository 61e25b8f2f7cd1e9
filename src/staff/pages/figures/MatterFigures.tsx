import { View } from '@tarojs/components'
import type { FiguresView, MatterSet, Rate } from '../../../../domain/figures/api'
import { rateBasis, rateHeadline } from '../../lib/figuresText'
import FigureCard, { type FigureCardProps, type FigureLink } from './FigureCard'

type Card = Omit<FigureCardProps, 'onOpen' | 'children'>

const link = (set: MatterSet, label: string, count: number): FigureLink => ({ set, label, count })

const rateOf = (r: Rate) => ({ headline: rateHeadline(r), basis: rateBasis(r), insufficient: 'insufficient' in r })

/** The matters a rate counts, and the rest of the matters it stands on. */
const sides = (r: Rate, counted: [MatterSet, string], rest: [MatterSet, string]) => [
  link(counted[0], counted[1], r.count),
  link(rest[0], rest[1], ('insufficient' in r ? r.n : r.of) - r.count),
]

/** The matters' figures, card by card, in the order they are read. */
const cards = (v: FiguresView): Card[] => [
  {
    id: 'collected',
    title: '收集',
    rule: '这段时间登记的诉求；居民撤回的另计，不算在任何一项里',
    headline: `${v.collected} 件`,
    links: [link('collected', '收集的诉求', v.collected), link('withdrawn', '居民撤回', v.withdrawn)],
  },
  {
    id: 'responded',
    title: '响应率',
    rule: '登记后 24 小时内受理的；未满 24 小时又未受理的暂不计',
    ...rateOf(v.responded24h),
    links: sides(v.responded24h, ['responded24h', '24 小时内受理'], ['respondedLate', '超过 24 小时受理或未受理']),
  },
  {
    id: 'onTime',
    title: '按期办结率',
    rule: '已答复或已超期的诉求中，每次答复都在期限内的；批准的延期按新期限算',
    ...rateOf(v.onTime),
    links: sides(v.onTime, ['onTime', '按期办结'], ['late', '超期']),
    apart: { note: '按期办结中，延期后才按期的单独列出：', links: [link('onTimeExtended', '延期后按期', v.onTimeExtended)] },
  },
  {
    id: 'feedback',
    title: '反馈办结率',
    rule: '已答复、已办结 ÷ 收集',
    ...rateOf(v.feedbackRate),
    links: [link('answeredClosed', '已答复、已办结', v.answeredClosed)],
  },
  {
    id: 'solved',
    title: '解决率',
    rule: '居民本人评议时说问题已解决的',
    ...rateOf(v.solved),
    links: [link('solved', '已解决', v.solved.count), link('unsolved', '未解决', v.rated - v.solved.count)],
  },
  {
    id: 'satisfaction',
    title: '满意率',
    rule: '（满意 + 基本满意）÷ 居民本人的评议',
    ...rateOf(v.satisfaction),
    links: [link('satisfied', '满意', v.satisfied), link('basic', '基本满意', v.basic), link('unsatisfied', '不满意', v.unsatisfied)],
    apart: {
      note: '以下不计入满意率和解决率：',
      links: [
        link('unrated', '未评价（评议期满）', v.unrated),
        link('cadreRecorded', '干部回访记录', v.cadreRecorded),
        link('awaitingRating', '等待居民评议', v.awaitingRating),
      ],
    },
  },
  {
    id: 'handling',
    title: '办理中',
    rule: '现在的情况：超过期限还没答复的、延期过的、上报上级的',
    headline: `超期 ${v.overdueNow} 件`,
    small: true,
    links: [link('overdueNow', '当前超期', v.overdueNow), link('extensions', '延期', v.extensions), link('escalations', '上报上级', v.escalations)],
  },
]

/** The matters' figures, card by card; every count opens the matters behind it. */
export default function MatterFigures({ v, onOpen }: { v: FiguresView; onOpen: (set: MatterSet) => void }) {
  return (
    <View data-testid='figures-matters'>
      {cards(v).map((card) => (
        <FigureCard key={card.id} {...card} onOpen={onOpen} />
      ))}
    </View>
  )
}
