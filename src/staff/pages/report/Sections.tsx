import { Text, View } from '@tarojs/components'
import type { QuarterReport } from '../../../../domain/reports/api'
import { RATING_LABELS } from '../../../../domain/matters/handling'
import { rateText } from '../../../../domain/reports/reports'
import InfoRow from '../../components/InfoRow'
import { FOLLOWED_LABELS, shortDay, trackText } from '../../lib/reportText'

/** 一、数字: the quarter's figures, each rate with 样本不足 where the sample is small. */
export function FiguresSection({ r }: { r: Pick<QuarterReport, 'figures'> }) {
  const f = r.figures
  return (
    <View className='card rp-section' data-testid='report-figures'>
      <View className='sf-card-title'>一、收集与办理</View>
      <InfoRow label='收集诉求' testId='report-collected'>{`${f.collected} 件${f.withdrawn ? `（另撤回 ${f.withdrawn} 件）` : ''}`}</InfoRow>
      <InfoRow label='已答复和办结' testId='report-answered'>{`${f.answeredClosed} 件`}</InfoRow>
      <InfoRow label='反馈办结率' testId='report-feedback-rate'>{rateText(f.feedbackRate)}</InfoRow>
      <InfoRow label='24小时受理率'>{rateText(f.responded24h)}</InfoRow>
      <InfoRow label='按期办结率'>{rateText(f.onTime)}</InfoRow>
      <InfoRow label='满意率' testId='report-satisfaction'>{rateText(f.satisfaction)}</InfoRow>
      <InfoRow label='居民评价'>{`满意 ${f.satisfied}、基本满意 ${f.basic}、不满意 ${f.unsatisfied}`}</InfoRow>
      <InfoRow label='未评价 / 干部代录'>{`${f.unrated} / ${f.cadreRecorded} 件（不计入满意）`}</InfoRow>
      <InfoRow label='延期 / 上报 / 逾期'>{`${f.extensions} / ${f.escalations} / ${f.overdueNow} 件`}</InfoRow>
      <View className='sf-muted rp-foot'>满意率等不足 {f.minSample} 件时只列件数，注明“样本不足”。</View>
    </View>
  )
}

/** 二、诉求分类: by category and by track. */
export function MattersSection({ r }: { r: Pick<QuarterReport, 'byCategory' | 'byTrack'> }) {
  return (
    <View className='card rp-section' data-testid='report-matters'>
      <View className='sf-card-title'>二、群众说了什么</View>
      {r.byCategory.length === 0 ? <View className='sf-muted'>本季度没有收集到诉求。</View> : null}
      {r.byCategory.map((c) => (
        <InfoRow key={c.category} label={c.category} testId={`report-category-${c.category}`}>{`${c.count} 件`}</InfoRow>
      ))}
      {r.byTrack.length > 0 ? <View className='rp-sub'>按办理方式</View> : null}
      {r.byTrack.map((t) => (
        <InfoRow key={t.track ?? 'none'} label={trackText(t.track)}>{`${t.count} 件`}</InfoRow>
      ))}
    </View>
  )
}

/** 三、集中议事 and 四、走访. */
export function MeetingsAndVisits({ r }: { r: QuarterReport }) {
  return (
    <>
      <View className='card rp-section' data-testid='report-meetings'>
        <View className='sf-card-title'>三、议了什么、定了什么</View>
        {r.meetings.length === 0 ? <View className='sf-muted'>本季度没有召开议事会议。</View> : null}
        {r.meetings.map((m) => (
          <View key={m.id} className='rec-row'>
            <View className='rec-row__top'>
              <Text>{`${shortDay(m.date)} ${m.body}`}</Text>
              <Text className={`rec-status${m.recorded ? '' : ' is-open'}`}>{m.recorded ? '已记录' : '未记录'}</Text>
            </View>
            {m.decisions.map((d, i) => (
              <View key={i} className='rec-row__text'>
                {`${d.no} ${d.category}：${d.decision}`}
                {d.votes ? `（赞成 ${d.votes.for}、反对 ${d.votes.against}、弃权 ${d.votes.abstain}）` : ''}
              </View>
            ))}
          </View>
        ))}
      </View>
      <View className='card rp-section' data-testid='report-visits'>
        <View className='sf-card-title'>四、入户走访</View>
        {r.visits.length === 0 ? <View className='sf-muted'>没有干部走访记录。</View> : null}
        {r.visits.map((v) => (
          <InfoRow key={v.openid} label={v.name}>{`${v.households} 户次`}</InfoRow>
        ))}
      </View>
    </>
  )
}

/** 五、延期 and 六、不满意 and what followed. Names masked, no resident's words. */
export function ExtensionsAndUnsatisfied({ r }: { r: QuarterReport }) {
  return (
    <>
      <View className='card rp-section' data-testid='report-extensions'>
        <View className='sf-card-title'>五、延期办理</View>
        {r.extensions.length === 0 ? <View className='sf-muted'>本季度没有延期的事项。</View> : null}
        {r.extensions.map((e, i) => (
          <View key={`${e.id}-${i}`} className='rec-row'>
            <View className='rec-row__top'>
              <Text>{`${e.no} ${e.category}`}</Text>
              <Text className='rec-status'>{`延至 ${shortDay(e.to)}`}</Text>
            </View>
            <View className='rec-row__text'>{`理由：${e.reason}`}</View>
          </View>
        ))}
      </View>
      <View className='card rp-section' data-testid='report-unsatisfied'>
        <View className='sf-card-title'>六、不满意的事项和后续</View>
        {r.unsatisfied.length === 0 ? <View className='sf-muted'>本季度没有评价不满意的事项。</View> : null}
        {r.unsatisfied.map((u) => (
          <View key={u.id} className='rec-row'>
            <View className='rec-row__top'>
              <Text>{`${u.no} ${u.category}（${u.name}）`}</Text>
              <Text className={`rec-status${u.latest === null ? ' is-open' : ''}`}>{u.latest ? `再评：${RATING_LABELS[u.latest]}` : '仍在办理'}</Text>
            </View>
            <View className='rec-row__meta'>
              {`不满意 ${u.times} 次${u.supervision ? '，已督办' : ''}；`}
              {u.followed.map((f) => `${shortDay(f.at)}${FOLLOWED_LABELS[f.type] ?? ''}`).join(' → ') || '尚无后续'}
            </View>
          </View>
        ))}
      </View>
    </>
  )
}

/** 七、代表评议: counts, and each representative's opinion by name (said publicly at 评事日). */
export function RatingsSection({ r }: { r: QuarterReport }) {
  const t = r.ratings
  return (
    <View className='card rp-section' data-testid='report-ratings'>
      <View className='sf-card-title'>七、居民代表评议</View>
      <InfoRow label='评议结果' testId='report-rating-counts'>{`满意 ${t.satisfied}、基本满意 ${t.basic}、不满意 ${t.unsatisfied}`}</InfoRow>
      {t.list.length === 0 ? <View className='sf-muted'>还没有代表评议。</View> : null}
      {t.list.map((x, i) => (
        <View key={i} className='rec-row' data-testid='report-rating'>
          <View className='rec-row__top'>
            <Text>{x.name}</Text>
            <Text className='rec-status'>{RATING_LABELS[x.level]}</Text>
          </View>
          <View className='rec-row__text'>{x.opinion}</View>
        </View>
      ))}
    </View>
  )
}
