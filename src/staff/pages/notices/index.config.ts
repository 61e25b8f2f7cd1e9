export default definePageConfig({
  navigationBarTitleText: '公告（公开反馈）',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
