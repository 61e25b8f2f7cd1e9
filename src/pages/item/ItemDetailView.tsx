import { Text, View } from '@tarojs/components'
import type { ItemDetail } from '../../../domain/api'
import { formatChinaDate, formatChinaDateTime } from '../../../domain/time'
import StatusTag from '../../components/StatusTag'
import InfoRow from './InfoRow'
import PhotoGallery from './PhotoGallery'
import Timeline from './Timeline'

/** Everything about one of my matters. */
export default function ItemDetailView({ item }: { item: ItemDetail }) {
  const { contact } = item
  return (
    <View className='item-detail'>
      <View className='card'>
        <View className='item-detail__head'>
          <View>
            <Text className='item-detail__label'>登记编号</Text>
            <View className='item-detail__no' data-testid='detail-no'>
              {item.no}
            </View>
          </View>
          <StatusTag status={item.status} />
        </View>
        <InfoRow label='诉求类别' testId='detail-category'>{item.category}</InfoRow>
        <InfoRow label='说事点'>{item.pointName}</InfoRow>
        <InfoRow label='负责干部' testId='detail-assignee'>{item.assignee.name}</InfoRow>
        <InfoRow label='登记时间'>{formatChinaDateTime(item.createdAt)}</InfoRow>
        {item.dueAt ? <InfoRow label='答复期限' testId='detail-due'>{`${formatChinaDate(item.dueAt)} 前`}</InfoRow> : null}
      </View>

      <View className='section-title'>诉求内容</View>
      <View className='card'>
        <Text className='item-detail__content' data-testid='detail-content'>
          {item.content}
        </Text>
        {item.photos.length > 0 ? <PhotoGallery photos={item.photos} /> : null}
      </View>

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
