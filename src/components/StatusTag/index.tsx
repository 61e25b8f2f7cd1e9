import { Text } from '@tarojs/components'
import { STATUS_LABELS, type ItemStatus } from '../../../domain/matters/status'
import './index.scss'

/** A matter's status in words, coloured so it reads at a glance (text stays dark enough to read). */
export default function StatusTag({ status }: { status: ItemStatus }) {
  return (
    <Text className={`status-tag status-tag--${status}`} data-testid='status'>
      {STATUS_LABELS[status]}
    </Text>
  )
}
