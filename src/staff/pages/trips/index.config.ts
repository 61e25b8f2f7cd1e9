export default definePageConfig({
  navigationBarTitleText: '代理办事',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
