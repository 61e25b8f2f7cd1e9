export default definePageConfig({
  navigationBarTitleText: '上门走访',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
