export default definePageConfig({
  navigationBarTitleText: '部门交办数字',
})
