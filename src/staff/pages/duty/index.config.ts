export default definePageConfig({
  navigationBarTitleText: '值班表',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
