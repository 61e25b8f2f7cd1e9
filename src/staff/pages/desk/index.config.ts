export default definePageConfig({
  navigationBarTitleText: '值班台',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
