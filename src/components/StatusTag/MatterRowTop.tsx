import { Text, View } from '@tarojs/components'
import type { ItemStatus } from '../../../domain/matters/status'
import StatusTag from '.'

interface Props {
  /** the row's class block: `mine-row` gives mine-row__top and mine-row__no */
  block: string
  no: string
  status: ItemStatus
  testId: string
}

/** The first line of a matter in a list: its number, and its status at the right. */
export default function MatterRowTop({ block, no, status, testId }: Props) {
  return (
    <View className={`${block}__top`}>
      <Text className={`${block}__no`} data-testid={testId}>
        {no}
      </Text>
      <StatusTag status={status} />
    </View>
  )
}
