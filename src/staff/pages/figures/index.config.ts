export default definePageConfig({
  navigationBarTitleText: '数字',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
