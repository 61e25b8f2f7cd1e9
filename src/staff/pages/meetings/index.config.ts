export default definePageConfig({
  navigationBarTitleText: '集中议事',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
