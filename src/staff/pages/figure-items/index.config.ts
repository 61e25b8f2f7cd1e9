export default definePageConfig({
  navigationBarTitleText: '数字背后的诉求',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
