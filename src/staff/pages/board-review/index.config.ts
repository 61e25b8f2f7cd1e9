export default definePageConfig({
  navigationBarTitleText: '公开审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
