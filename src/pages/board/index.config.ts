export default definePageConfig({
  navigationBarTitleText: '大家说的事',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
