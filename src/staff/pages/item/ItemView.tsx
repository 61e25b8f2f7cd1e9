import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StaffItemDetail } from '../../../../domain/matters/api'
import { deadlineWords, IMPORTANCE_LABELS } from '../../../../domain/matters/deadlines'
import { RATING_LABELS, TIER_LABELS, TRACK_LABELS } from '../../../../domain/matters/handling'
import { chineseDayOf } from '../../../../domain/kernel/display-dates'
import { formatChinaDate, formatChinaDateTime } from '../../../../domain/kernel/time'
import PhotoGallery from '../../../components/PhotoGallery'
import ItemNumberHead from '../../../components/ItemNumberHead'
import FlagTags from '../../components/FlagTags'
import InfoRow from '../../components/InfoRow'

export function HeadCard({ item }: { item: StaffItemDetail }) {
  return (
    <View className='card'>
      <ItemNumberHead no={item.no} status={item.status} testIdPrefix='staff-detail' />
      <FlagTags flags={item.flags} />
      <InfoRow label='诉求类别' testId='staff-detail-category'>
        {item.category}
      </InfoRow>
      <InfoRow label='说事点'>{item.pointName}</InfoRow>
      <InfoRow label='负责干部' testId='staff-detail-assignee'>
        {item.assignee.name}
      </InfoRow>
      <InfoRow label='登记时间'>{formatChinaDateTime(item.createdAt)}</InfoRow>
      {item.dueAt ? (
        <InfoRow label='答复期限' testId='staff-detail-due'>
          {`${formatChinaDateTime(item.dueAt)} 前`}
        </InfoRow>
      ) : null}
      {item.ratingClosesAt ? <InfoRow label='评议截止'>{formatChinaDate(item.ratingClosesAt)}</InfoRow> : null}
    </View>
  )
}

export function ContentCard({ item }: { item: StaffItemDetail }) {
  return (
    <>
      <View className='section-title'>居民说的事</View>
      <View className='card'>
        <Text className='staff-detail__content' data-testid='staff-detail-content'>
          {item.content}
        </Text>
        {item.photos.length > 0 ? <PhotoGallery photos={item.photos} testId='staff-photos' /> : null}
        {item.timeline.some((e) => e.type === 'supplement') ? (
          <View className='sf-muted staff-detail__supplement-hint' data-testid='staff-supplement-hint'>
            居民补充过内容（照片已并入上方），补充的文字见下方「办理记录」。
          </View>
        ) : null}
      </View>
    </>
  )
}

export function ContactCard({ item }: { item: StaffItemDetail }) {
  const { contact } = item
  return (
    <>
      <View className='section-title'>联系方式</View>
      <View className='card' data-testid='staff-contact'>
        {item.contactMasked ? (
          <View className='sf-note' data-testid='staff-contact-masked'>
            联系方式已隐藏，仅负责干部和领导可见
          </View>
        ) : null}
        <InfoRow label='姓名'>{contact.name}</InfoRow>
        <InfoRow label='手机号' testId='staff-contact-phone'>
          {contact.phone}
        </InfoRow>
        <InfoRow label='家庭住址'>{contact.address}</InfoRow>
        <InfoRow label='工作单位'>{contact.workUnit || '未填写'}</InfoRow>
        {!item.contactMasked ? <View className='sf-muted'>个人信息请勿外传；每次查看都会留下记录。</View> : null}
      </View>
    </>
  )
}

export function HandlingCard({ item }: { item: StaffItemDetail }) {
  if (!item.track && !item.tier && !item.importance) return null
  return (
    <>
      <View className='section-title'>集中议事</View>
      <View className='card' data-testid='staff-handling'>
        {item.track ? <InfoRow label='办理方式' testId='staff-detail-track'>{TRACK_LABELS[item.track]}</InfoRow> : null}
        {item.importance ? (
          <InfoRow label='紧要程度' testId='staff-detail-importance'>
            {`${IMPORTANCE_LABELS[item.importance]}（${deadlineWords(item.importance)}内答复）`}
          </InfoRow>
        ) : null}
        {item.tier ? <InfoRow label='议事层级'>{TIER_LABELS[item.tier]}</InfoRow> : null}
        {item.tier ? <InfoRow label='决定机构'>{item.decidingBody ?? '主要干部商议'}</InfoRow> : null}
        {item.decision ? (
          <InfoRow label='议定结果' testId='staff-detail-decision'>
            {`${chineseDayOf(item.decision.meetingDate) || item.decision.meetingDate} ${item.decidingBody ?? ''}研究决定：${item.decision.decision}`}
          </InfoRow>
        ) : item.decidingBody ? (
          <InfoRow label='议定结果'>尚未记录</InfoRow>
        ) : null}
      </View>
    </>
  )
}

export function StepsCard({ item, onTick }: { item: StaffItemDetail; onTick: (index: number) => void }) {
  if (item.steps.length === 0) return null
  const canTick = item.can['item.progress'] === true
  const done = item.steps.filter((s) => s.done).length
  return (
    <>
      <View className='section-title'>
        分步实施（已完成 {done}/{item.steps.length}）
      </View>
      <View className='card' data-testid='staff-steps'>
        {item.steps.map((step, i) => (
          <View key={i} className={`staff-step${step.done ? ' is-done' : ''}`} data-testid={`step-${i}`}>
            <View className='staff-step__mark'>{step.done ? '✓' : i + 1}</View>
            <View className='staff-step__body'>
              <Text className='staff-step__title'>{step.title}</Text>
              {step.done && step.doneAt ? <Text className='sf-muted'>{formatChinaDateTime(step.doneAt)} 完成</Text> : null}
            </View>
            {!step.done && canTick ? (
              <Button type='primary' className='staff-step__tick' data-testid={`step-tick-${i}`} onClick={() => onTick(i)}>
                打勾完成
              </Button>
            ) : null}
          </View>
        ))}
      </View>
    </>
  )
}

export function EscalationCard({ item }: { item: StaffItemDetail }) {
  const esc = item.escalation
  if (!esc) return null
  return (
    <>
      <View className='section-title'>上报上级（代理办事）</View>
      <View className='card' data-testid='staff-escalation'>
        <InfoRow label='上级部门'>{esc.department}</InfoRow>
        <InfoRow label='上报日期'>{chineseDayOf(esc.takenAt) || esc.takenAt}</InfoRow>
        <InfoRow label='部门答复'>{esc.answer ?? '等待答复，请至少每周跟进一次'}</InfoRow>
      </View>
    </>
  )
}

export function ExtensionsCard({ item }: { item: StaffItemDetail }) {
  if (item.extensions.length === 0) return null
  return (
    <>
      <View className='section-title'>延期记录</View>
      <View className='card' data-testid='staff-extensions'>
        {item.extensions.map((x, i) => (
          <View key={`${x.at}-${i}`} className='staff-extension'>
            <View className='staff-extension__title'>
              第 {i + 1} 次延期：至 {formatChinaDate(x.dueAt)}
            </View>
            <InfoRow label='理由'>{x.reason}</InfoRow>
            <InfoRow label='当时进展'>{x.note}</InfoRow>
            <InfoRow label='延期时间'>{formatChinaDateTime(x.at)}</InfoRow>
          </View>
        ))}
      </View>
    </>
  )
}

export function ReplyCard({ item }: { item: StaffItemDetail }) {
  if (!item.reply && !item.rating) return null
  return (
    <>
      <View className='section-title'>答复与评议</View>
      <View className='card' data-testid='staff-reply'>
        {item.reply ? (
          <>
            <InfoRow label='答复内容'>{item.reply.answer}</InfoRow>
            <InfoRow label='办理单位'>{item.reply.unit}</InfoRow>
            <InfoRow label='经办人'>{item.reply.handler}</InfoRow>
            <InfoRow label='答复时间'>{formatChinaDateTime(item.reply.at)}</InfoRow>
          </>
        ) : null}
        {item.rating ? (
          <RatingRows rating={item.rating} />
        ) : item.status === 'replied' ? (
          <InfoRow label='居民评议'>{item.can['item.recordRating'] ? '居民没有用小程序，请回访后记录评价' : '等待居民评议'}</InfoRow>
        ) : null}
      </View>
    </>
  )
}

/** The resident's own rating, or one a cadre recorded on a 回访 (干部回访记录), never mistaken for it. */
function RatingRows({ rating }: { rating: NonNullable<StaffItemDetail['rating']> }) {
  const recorded = rating.recordedBy !== null
  return (
    <View data-testid={recorded ? 'staff-recorded-rating' : 'staff-rating'}>
      {recorded ? (
        <InfoRow label='干部回访记录' testId='staff-recorded-by'>
          {`${rating.recordedBy}${rating.visitedAt ? ` 于 ${chineseDayOf(rating.visitedAt) || rating.visitedAt}回访` : ''}记录`}
        </InfoRow>
      ) : null}
      <InfoRow label={recorded ? '居民的评价' : '居民评议'}>{RATING_LABELS[rating.level]}</InfoRow>
      <InfoRow label='是否解决'>{rating.solved ? '已解决' : '未解决'}</InfoRow>
      {rating.opinion ? <InfoRow label='意见'>{rating.opinion}</InfoRow> : null}
    </View>
  )
}
