export default definePageConfig({
  navigationBarTitleText: '两代表工作室',
})
