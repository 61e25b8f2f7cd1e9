export default definePageConfig({
  navigationBarTitleText: '导出事项',
})
