export default definePageConfig({
  navigationBarTitleText: '评事日报告',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
