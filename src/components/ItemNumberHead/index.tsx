import { Text, View } from '@tarojs/components'
import type { ItemStatus } from '../../../domain/matters/status'
import StatusTag from '../StatusTag'
import './index.scss'

/** The top of a matter's page: its registration number, large, and its status. */
export default function ItemNumberHead({ no, status, testIdPrefix }: { no: string; status: ItemStatus; testIdPrefix: string }) {
  return (
    <View className='item-number-head'>
      <View>
        <Text className='item-number-head__label'>登记编号</Text>
        <View className='item-number-head__no' data-testid={`${testIdPrefix}-no`}>
          {no}
        </View>
      </View>
      <View data-testid={`${testIdPrefix}-status`}>
        <StatusTag status={status} />
      </View>
    </View>
  )
}
