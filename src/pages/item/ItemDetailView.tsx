import { Text, View } from '@tarojs/components'
import type { ItemDetail } from '../../../domain/matters/api'
import { formatChinaDateTime } from '../../../domain/kernel/time'
import ItemNumberHead from '../../components/ItemNumberHead'
import FollowNotices from './FollowNotices'
import ItemNotices from './ItemNotices'
import HandlingInfo from './HandlingInfo'
import InfoRow from './InfoRow'
import PhotoGallery from '../../components/PhotoGallery'
import PublicState from './PublicState'
import RateSection from './RateSection'
import RatingResult from './RatingResult'
import ReplyCard from './ReplyCard'
import SupplementSection from './SupplementSection'
import Timeline from './Timeline'
import { useItemActions } from './useItemActions'
import WithdrawAction from './WithdrawAction'

interface Props {
  item: ItemDetail
  /** the matter as an action answered it */
  onUpdated: (item: ItemDetail) => void
  /** fetch the matter afresh, without leaving the page */
  onRefresh: () => void
}

/** Everything about one of my matters, and what I can do about it now. */
export default function ItemDetailView({ item, onUpdated, onRefresh }: Props) {
  const { contact, can } = item
  const actions = useItemActions(onUpdated)
  const refresh = () => {
    actions.clearError()
    onRefresh()
  }
  const answered = item.reply !== null && (item.status === 'replied' || item.status === 'closed')
  const hasActions = can.supplement || can.withdraw

  return (
    <View className='item-detail'>
      <View className='card'>
        <ItemNumberHead no={item.no} status={item.status} testIdPrefix='detail' />
        <InfoRow label='诉求类别' testId='detail-category'>{item.category}</InfoRow>
        <InfoRow label='说事点'>{item.pointName}</InfoRow>
        <InfoRow label='负责干部' testId='detail-assignee'>{item.assignee.name}</InfoRow>
        <InfoRow label='登记时间'>{formatChinaDateTime(item.createdAt)}</InfoRow>
        <HandlingInfo item={item} />
        <FollowNotices status={item.status} />
      </View>

      <ItemNotices itemId={item.id} />
      {answered && item.reply ? <ReplyCard reply={item.reply} /> : null}
      {can.rate ? <RateSection key={item.reply?.at ?? 'rate'} item={item} actions={actions} onRefresh={refresh} /> : null}
      <RatingResult item={item} />
      <PublicState item={item} actions={actions} onRefresh={refresh} />

      <View className='section-title'>诉求内容</View>
      <View className='card'>
        <Text className='item-detail__content' data-testid='detail-content'>
          {item.content}
        </Text>
        {item.photos.length > 0 ? <PhotoGallery photos={item.photos} testId='detail-photos' /> : null}
      </View>

      {hasActions ? (
        <View className='card item-actions' data-testid='detail-actions'>
          {can.supplement ? <SupplementSection itemId={item.id} actions={actions} onRefresh={refresh} /> : null}
          {can.withdraw ? <WithdrawAction itemId={item.id} actions={actions} onRefresh={refresh} /> : null}
          {can.withdraw ? <View className='item-actions__note'>干部受理以前，您可以撤回这件事。</View> : null}
        </View>
      ) : null}

      <View className='section-title'>办理进度</View>
      <View className='card'>
        <Timeline entries={item.timeline} />
      </View>

      <View className='section-title'>您留的联系方式（仅负责干部和领导可见）</View>
      <View className='card' data-testid='detail-contact'>
        <InfoRow label='姓名'>{contact.name}</InfoRow>
        <InfoRow label='手机号'>{contact.phone}</InfoRow>
        <InfoRow label='家庭住址'>{contact.address}</InfoRow>
        <InfoRow label='工作单位'>{contact.workUnit || '未填写'}</InfoRow>
      </View>
    </View>
  )
}
