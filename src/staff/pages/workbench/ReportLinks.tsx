import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'

/** 评事日: the quarter's report (leaders and representatives) and the half-year summary (leaders). */
export default function ReportLinks({ leader }: { leader: boolean }) {
  return (
    <>
      <View className='wb-agenda__link card' data-testid='workbench-report' onClick={() => Taro.navigateTo({ url: '/staff/pages/report/index' })}>
        <Text className='wb-agenda__title'>评事日报告</Text>
        <Text className='wb-agenda__detail'>{leader ? '本季度的数字、议事、走访和代表评议，可打印' : '查看本季度工作报告，进行评议'}</Text>
      </View>
      {leader ? (
        <View className='wb-agenda__link card' data-testid='workbench-summary' onClick={() => Taro.navigateTo({ url: '/staff/pages/summary/index' })}>
          <Text className='wb-agenda__title'>民情专递半年小结</Text>
          <Text className='wb-agenda__detail'>按半年数字生成初稿，修改后定稿</Text>
        </View>
      ) : null}
    </>
  )
}
