import { Text, View } from '@tarojs/components'

/** What is collected, why, and who sees it: the same words in the mini-program and in H5. */
export default function PrivacyNotice() {
  return (
    <View className='privacy-notice' data-testid='privacy-notice'>
      <View className='privacy-notice__item'>
        <Text className='privacy-notice__head'>收集什么：</Text>
        <Text>您的姓名、手机号、家庭住址、工作单位（选填），以及您说的事和照片。</Text>
      </View>
      <View className='privacy-notice__item'>
        <Text className='privacy-notice__head'>为什么收集：</Text>
        <Text>用于登记您的诉求，由干部联系您、办理并答复您。</Text>
      </View>
      <View className='privacy-notice__item'>
        <Text className='privacy-notice__head'>谁能看到：</Text>
        <Text>只有负责办理这件事的干部和社区领导能看到您的完整信息，其他人只能看到遮挡后的信息；您的信息不会公开。</Text>
      </View>
    </View>
  )
}
