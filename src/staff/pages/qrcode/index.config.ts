export default definePageConfig({
  navigationBarTitleText: '说事点小程序码',
})
