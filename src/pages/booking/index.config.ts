export default definePageConfig({
  navigationBarTitleText: '预约说事',
})
