export default definePageConfig({
  navigationBarTitleText: '部门待办',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
