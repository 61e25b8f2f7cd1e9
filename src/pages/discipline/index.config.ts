export default definePageConfig({
  navigationBarTitleText: '反映违纪问题',
  enablePullDownRefresh: true,
})
