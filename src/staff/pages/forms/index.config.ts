export default definePageConfig({
  navigationBarTitleText: '打印登记表',
})
