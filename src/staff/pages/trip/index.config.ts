export default definePageConfig({
  navigationBarTitleText: '跑办',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
