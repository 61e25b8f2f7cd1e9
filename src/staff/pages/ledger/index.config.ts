export default definePageConfig({
  navigationBarTitleText: '月台账',
})
