import { View } from '@tarojs/components'
import type { FiguresView, MatterSet, Rate } from '../../../../domain/figures/api'
import { rateBasis, rateHeadline } from '../../lib/figuresText'
import FigureCard from './FigureCard'

type Open = (set: MatterSet) => void

/** The matters a rate stands on, and those it leaves out of its numerator. */
const ofRate = (r: Rate) => ('insufficient' in r ? r.n : r.of)
const rateProps = (r: Rate) => ({ headline: rateHeadline(r), basis: rateBasis(r), insufficient: 'insufficient' in r })

/** The matters' figures, card by card; every count opens the matters behind it. */
export default function MatterFigures({ v, onOpen }: { v: FiguresView; onOpen: Open }) {
  return (
    <View data-testid='figures-matters'>
      <FigureCard
        id='collected'
        title='收集'
        rule='这段时间登记的诉求；居民撤回的另计，不算在任何一项里'
        headline={`${v.collected} 件`}
        links={[
          { set: 'collected', label: '收集的诉求', count: v.collected },
          { set: 'withdrawn', label: '居民撤回', count: v.withdrawn },
        ]}
        onOpen={onOpen}
      />
      <FigureCard
        id='responded'
        title='响应率'
        rule='登记后 24 小时内受理的；未满 24 小时又未受理的暂不计'
        {...rateProps(v.responded24h)}
        links={[
          { set: 'responded24h', label: '24 小时内受理', count: v.responded24h.count },
          { set: 'respondedLate', label: '超过 24 小时受理或未受理', count: ofRate(v.responded24h) - v.responded24h.count },
        ]}
        onOpen={onOpen}
      />
      <FigureCard
        id='onTime'
        title='按期办结率'
        rule='已答复或已超期的诉求中，每次答复都在期限内的；批准的延期按新期限算'
        {...rateProps(v.onTime)}
        links={[
          { set: 'onTime', label: '按期办结', count: v.onTime.count },
          { set: 'late', label: '超期', count: ofRate(v.onTime) - v.onTime.count },
        ]}
        apart={{ note: '按期办结中，延期后才按期的单独列出：', links: [{ set: 'onTimeExtended', label: '延期后按期', count: v.onTimeExtended }] }}
        onOpen={onOpen}
      />
      <FigureCard
        id='feedback'
        title='反馈办结率'
        rule='已答复、已办结 ÷ 收集'
        {...rateProps(v.feedbackRate)}
        links={[{ set: 'answeredClosed', label: '已答复、已办结', count: v.answeredClosed }]}
        onOpen={onOpen}
      />
      <FigureCard
        id='solved'
        title='解决率'
        rule='居民本人评议时说问题已解决的'
        {...rateProps(v.solved)}
        links={[
          { set: 'solved', label: '已解决', count: v.solved.count },
          { set: 'unsolved', label: '未解决', count: v.rated - v.solved.count },
        ]}
        onOpen={onOpen}
      />
      <FigureCard
        id='satisfaction'
        title='满意率'
        rule='（满意 + 基本满意）÷ 居民本人的评议'
        {...rateProps(v.satisfaction)}
        links={[
          { set: 'satisfied', label: '满意', count: v.satisfied },
          { set: 'basic', label: '基本满意', count: v.basic },
          { set: 'unsatisfied', label: '不满意', count: v.unsatisfied },
        ]}
        apart={{
          note: '以下不计入满意率和解决率：',
          links: [
            { set: 'unrated', label: '未评价（评议期满）', count: v.unrated },
            { set: 'cadreRecorded', label: '干部回访记录', count: v.cadreRecorded },
            { set: 'awaitingRating', label: '等待居民评议', count: v.awaitingRating },
          ],
        }}
        onOpen={onOpen}
      />
      <FigureCard
        id='handling'
        title='办理中'
        rule='现在的情况：超过期限还没答复的、延期过的、上报上级的'
        headline={`超期 ${v.overdueNow} 件`}
        small
        links={[
          { set: 'overdueNow', label: '当前超期', count: v.overdueNow },
          { set: 'extensions', label: '延期', count: v.extensions },
          { set: 'escalations', label: '上报上级', count: v.escalations },
        ]}
        onOpen={onOpen}
      />
    </View>
  )
}
