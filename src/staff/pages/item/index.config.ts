export default definePageConfig({
  navigationBarTitleText: '办理事项',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
